import { graphql } from "../../graphql/generated/gql.ts";

/** One page of the whole unit tree (a page holds up to 1,000 units; the tree reads them all). */
export const UnitTreeQuery = graphql(`
  query UnitTree($after: String) {
    units(first: 1000, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          nameEn
          shortName
          kind
          active
          parent {
            id
            code
          }
        }
      }
    }
  }
`);

export const UnitPageQuery = graphql(`
  query UnitPage($code: String!, $asOf: Date!, $withRoster: Boolean!) {
    unit(code: $code) {
      id
      code
      name
      nameEn
      shortName
      kind
      active
      parent {
        id
        code
        name
        nameEn
      }
      children {
        id
        code
        name
        nameEn
        shortName
        kind
      }
      posts(asOf: $asOf, first: 50) @include(if: $withRoster) {
        totalCount
        edges {
          node {
            id
            title
            titleEn
            person {
              id
              fullName
              rank(asOf: $asOf)
            }
          }
        }
      }
      officers(asOf: $asOf, first: 10) @include(if: $withRoster) {
        totalCount
      }
    }
    clusters(first: 50) {
      edges {
        node {
          id
          number
          name
          nameEn
          memberships {
            id
            fromYear
            toYear
            unit {
              id
              code
            }
          }
          leadershipTerms {
            id
            year
            role
            unit {
              id
              code
            }
            handedOverAt
            handedOverAtEvent {
              id
              title
              titleEn
            }
          }
        }
      }
    }
  }
`);

/** The indicator catalogue, in its own order. */
export const IndicatorCatalogQuery = graphql(`
  query IndicatorCatalog {
    indicators(first: 100) {
      edges {
        node {
          id
          code
        }
      }
    }
  }
`);

/** The unit's (and its divisions') figures year by year. */
export const UnitIndicatorsQuery = graphql(`
  query UnitIndicators($code: String!, $indicators: [String!]!, $from: Date!, $to: Date!) {
    metricSeries(
      indicators: $indicators
      scope: {unitSubtree: $code}
      from: $from
      to: $to
      bucket: YEAR
      groupBy: [INDICATOR, BUCKET]
    ) {
      __typename
      ... on MetricSeries {
        indicators {
          id
          code
          name
          nameEn
          measure
        }
        rows {
          bucket
          indicator {
            id
            code
          }
          value
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** What the unit (or a division of it) was recognised for. */
export const UnitRecognitionQuery = graphql(`
  query UnitRecognition($unitFilter: UnitFilter!) {
    commendations(filter: {recipientUnit: $unitFilter}, first: 50) {
      totalCount
      edges {
        node {
          id
          year
          kind
          level
          status
          title
          decisionNumber
          decisionDate
        }
      }
    }
    exemplars(filter: {unit: $unitFilter}, first: 50) {
      totalCount
      edges {
        node {
          id
          year
          title
          summary
          person {
            id
            fullName
          }
          unit {
            id
            code
            shortName
            name
          }
        }
      }
    }
    initiatives(filter: {unit: $unitFilter}, first: 50) {
      totalCount
      edges {
        node {
          id
          year
          title
          description
          unit {
            id
            code
            shortName
            name
          }
          replications {
            unit {
              id
              code
            }
          }
        }
      }
    }
  }
`);
