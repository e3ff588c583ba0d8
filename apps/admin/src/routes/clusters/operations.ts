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
    date
    kind
    hostUnit {
      code
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
    events(clusterNumber: $number, year: $year, first: 10) {
      edges {
        node {
          ...ConferenceDetails
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
