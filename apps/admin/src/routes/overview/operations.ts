import { graphql } from "../../graphql/generated/gql.ts";

export const KpiComparisonFragment = graphql(`
  fragment KpiComparison on QueryMetricComparisonResult {
    __typename
    ... on MetricComparison {
      indicator {
        id
        code
        name
        nameEn
        measure
        direction
      }
      current {
        value
        numerator
        denominator
      }
      base {
        value
      }
      absoluteChange
      percentChange
      smallNumbers
      betterOrWorse
    }
    ... on Error {
      message
    }
  }
`);

/** The head of the overview: the cluster, its leader that year, the key figures against the year before. */
export const OverviewQuery = graphql(`
  query Overview($number: Int!, $year: Int!, $nextYear: Int!, $period: MetricPeriod!, $baselineYear: Int!, $scope: MetricScope!) {
    cluster(number: $number) {
      id
      number
      name
      nameEn
      kind
      leader(year: $year) {
        id
        code
        name
        nameEn
        shortName
      }
      nextLeader: leader(year: $nextYear) {
        id
        code
        name
        shortName
      }
      members(year: $year) {
        id
        code
      }
    }
    clearanceRate: indicatorValue(
      indicator: "CASE_CLEARANCE_RATE"
      clusterNumber: $number
      year: $year
    ) {
      __typename
      ... on IndicatorValue {
        value
        reportedValue
      }
    }
    clearance: metricComparison(
      indicator: "CASE_CLEARANCE_RATE"
      scope: $scope
      mode: VS_BASELINE_YEAR
      period: $period
      baselineYear: $baselineYear
    ) {
      ...KpiComparison
    }
    crimes: metricComparison(
      indicator: "CRIMES_RECORDED"
      scope: $scope
      mode: VS_BASELINE_YEAR
      period: $period
      baselineYear: $baselineYear
    ) {
      ...KpiComparison
    }
    drugs: metricComparison(
      indicator: "DRUG_CASES_DETECTED"
      scope: $scope
      mode: VS_BASELINE_YEAR
      period: $period
      baselineYear: $baselineYear
    ) {
      ...KpiComparison
    }
    trafficDeaths: metricComparison(
      indicator: "TRAFFIC_DEATHS"
      scope: $scope
      mode: VS_BASELINE_YEAR
      period: $period
      baselineYear: $baselineYear
    ) {
      ...KpiComparison
    }
  }
`);

/** Every member ranked on every indicator for the year. */
export const ScoreboardQuery = graphql(`
  query Scoreboard($number: Int!, $year: Int!) {
    clusterScoreboard(clusterNumber: $number, year: $year) {
      __typename
      ... on ClusterScoreboard {
        indicators {
          id
          code
          name
          nameEn
          measure
          direction
        }
        entries {
          indicator {
            id
            code
          }
          unit {
            id
            code
            name
            nameEn
            shortName
          }
          value
          rank
          rankedUnits
          previous {
            value
          }
          absoluteChange
          percentChange
          betterOrWorse
          smallNumbers
          target
          targetMet
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** One indicator month by month over the cluster, this year and the year before. */
export const TrendQuery = graphql(`
  query Trend($indicator: String!, $scope: MetricScope!, $from: Date!, $to: Date!, $previousFrom: Date!, $previousTo: Date!) {
    current: metricSeries(indicators: [$indicator], scope: $scope, from: $from, to: $to, bucket: MONTH, groupBy: [BUCKET]) {
      ...TrendSeries
    }
    previous: metricSeries(indicators: [$indicator], scope: $scope, from: $previousFrom, to: $previousTo, bucket: MONTH, groupBy: [BUCKET]) {
      ...TrendSeries
    }
  }
`);

export const TrendSeriesFragment = graphql(`
  fragment TrendSeries on QueryMetricSeriesResult {
    __typename
    ... on MetricSeries {
      rows {
        from
        value
        observationCount
      }
    }
    ... on Error {
      message
    }
  }
`);

/** Who has reported their monthly figures for the year, and who has not. */
export const CompletenessQuery = graphql(`
  query Completeness($number: Int!, $period: MetricPeriod!) {
    reportingCompleteness(
      clusterNumber: $number
      period: $period
      granularity: MONTH
    ) {
      __typename
      ... on ReportingCompleteness {
        ratio
        reported
        expected
        units {
          unit {
            id
            code
            name
            nameEn
            shortName
          }
          ratio
          reported
          expected
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const LeadershipTermItemFragment = graphql(`
  fragment LeadershipTermItem on LeadershipTerm {
    id
    year
    role
    unit {
      id
      code
      shortName
      name
    }
    handedOverAt
    handedOverAtEvent {
      id
      title
      titleEn
      date
    }
    receivedBy {
      id
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
      id
      code
      name
      shortName
    }
    participants {
      id
      role
      rankAtEvent @include(if: $withRanks)
      person {
        id
        fullName
      }
      titleAtEvent
      titleAtEventEn
      unit {
        id
        code
        name
        shortName
      }
    }
    outcomes
  }
`);

/** The rotation of the leader role, the year's review conference and the year's other events. */
export const LeadershipAndEventsQuery = graphql(`
  query LeadershipAndEvents($number: Int!, $year: Int!, $withRanks: Boolean!) {
    cluster(number: $number) {
      id
      number
      leadershipTerms {
        id
        ...LeadershipTermItem
      }
    }
    review: events(
      clusterNumber: $number
      year: $year
      kind: YEAR_END_REVIEW
      first: 1
    ) {
      edges {
        node {
          id
          ...ConferenceDetails
        }
      }
    }
    events(
      clusterNumber: $number
      year: $year
      first: 50
      orderBy: [{field: DATE, direction: ASC}]
    ) {
      totalCount
      edges {
        node {
          id
          title
          titleEn
          date
          kind
          hostUnit {
            id
            code
            shortName
            name
          }
        }
      }
    }
  }
`);
