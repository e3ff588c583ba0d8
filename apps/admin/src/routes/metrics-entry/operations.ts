import { graphql } from "../../graphql/generated/gql.ts";

export const MetricsGridQuery = graphql(`
  query MetricsGrid($clusterNumber: Int!, $year: Int!, $granularity: Granularity!, $periodStart: Date!) {
    cluster(number: $clusterNumber) { id number name nameEn members(year: $year) { id code shortName name } }
    periods(filter: { cluster: { number: { eq: $clusterNumber } }, year: { eq: $year } }, first: 10) {
      edges { node { id status year movement { id code name nameEn } } }
    }
    indicators(first: 100, orderBy: [{ field: REPORTING_ORDER }]) {
      edges { node { id code name nameEn measure aggregation category } }
    }
    observations(
      first: 100
      asOf: $periodStart
      filter: { unit: { cluster: { number: { eq: $clusterNumber } } }, granularity: { eq: $granularity }, periodStart: { eq: $periodStart } }
    ) {
      edges { node { ...ObservationCell } }
    }
  }
`);

export const ObservationCellFields = graphql(`
  fragment ObservationCell on Observation {
    id
    value
    numerator
    denominator
    version
    source
    sourceNote
    unit { id code }
    indicator { id code }
    revisions { version value numerator denominator reason changedAt source }
  }
`);

export const RecordObservationMutation = graphql(`
  mutation RecordObservation($input: RecordObservationInput!) {
    recordObservation(input: $input) {
      __typename
      ... on Observation { ...ObservationCell }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const CorrectObservationMutation = graphql(`
  mutation CorrectObservation($input: CorrectObservationInput!) {
    correctObservation(input: $input) {
      __typename
      ... on Observation { ...ObservationCell }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);
