import { graphql } from "../../graphql/generated/gql.ts";

export const CommendationCardFields = graphql(`
  fragment CommendationCard on Commendation {
    id
    kind
    level
    title
    status
    year
    proposedAt
    decisionNumber
    decisionDate
    note
    version
    recipientScope
    recipientUnit { id code shortName name }
    recipientPerson { id fullName }
    transitions { at fromStatus toStatus note }
  }
`);

export const CommendationBoardQuery = graphql(`
  query CommendationBoard($year: Int!) {
    commendations(first: 100, filter: { year: { eq: $year } }, orderBy: [{ field: PROPOSED_AT, direction: DESC }]) {
      totalCount
      edges { node { ...CommendationCard } }
    }
  }
`);

export const ProposeCommendationMutation = graphql(`
  mutation ProposeCommendation($input: ProposeCommendationInput!) {
    proposeCommendation(input: $input) {
      __typename
      ... on Commendation { ...CommendationCard }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const ReviewCommendationMutation = graphql(`
  mutation ReviewCommendation($input: ReviewCommendationInput!) {
    reviewCommendation(input: $input) {
      __typename
      ... on Commendation { ...CommendationCard }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const ApproveCommendationMutation = graphql(`
  mutation ApproveCommendation($input: ApproveCommendationInput!) {
    approveCommendation(input: $input) {
      __typename
      ... on Commendation { ...CommendationCard }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const RejectCommendationMutation = graphql(`
  mutation RejectCommendation($input: RejectCommendationInput!) {
    rejectCommendation(input: $input) {
      __typename
      ... on Commendation { ...CommendationCard }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const DecideCommendationMutation = graphql(`
  mutation DecideCommendation($input: DecideCommendationInput!) {
    decideCommendation(input: $input) {
      __typename
      ... on Commendation { ...CommendationCard }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);
