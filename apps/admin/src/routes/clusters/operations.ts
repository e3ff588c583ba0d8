import { graphql } from "../../graphql/generated/gql.ts";

export const ClusterListQuery = graphql(`
  query ClusterList {
    clusters(first: 50) {
      edges {
        node {
          number
          name
          nameEn
          kind
        }
      }
    }
  }
`);

export const LeadershipTermItemFragment = graphql(`
  fragment LeadershipTermItem on LeadershipTerm {
    year
    role
    unit {
      code
      shortName
      name
    }
    handedOverAt
    handedOverAtEvent {
      title
      titleEn
      date
    }
    receivedBy {
      fullName
    }
  }
`);

export const ConferenceDetailsFragment = graphql(`
  fragment ConferenceDetails on Event {
    id
    title
    titleEn
    date
    kind
    hostUnit {
      code
      name
      shortName
    }
    participants {
      role
      rankAtEvent
      person {
        id
        fullName
      }
      titleAtEvent
      titleAtEventEn
      unit {
        code
        name
        shortName
      }
    }
    outcomes
  }
`);

export const ClusterOverviewQuery = graphql(`
  query ClusterOverview($number: Int!, $year: Int!) {
    cluster(number: $number) {
      number
      name
      nameEn
      kind
      members(year: $year) {
        code
        name
        shortName
        nameEn
      }
      leader(year: $year) {
        code
        name
        shortName
      }
      leadershipTerms {
        ...LeadershipTermItem
      }
    }
    review: events(clusterNumber: $number, year: $year, kind: YEAR_END_REVIEW, first: 1) {
      edges {
        node {
          ...ConferenceDetails
        }
      }
    }
    events(clusterNumber: $number, year: $year, first: 20) {
      totalCount
      edges {
        node {
          id
          title
          titleEn
          date
          kind
        }
      }
    }
    clearanceRate: indicatorValue(indicator: "CASE_CLEARANCE_RATE", clusterNumber: $number, year: $year) {
      __typename
      ... on IndicatorValue {
        value
        numerator
        denominator
        reportedValue
      }
      ... on NotFoundError {
        message
      }
    }
  }
`);
