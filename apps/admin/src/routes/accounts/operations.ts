import { graphql } from "../../graphql/generated/gql.ts";

export const AccountRowFragment = graphql(`
  fragment AccountRow on Account {
    id
    version
    email
    displayName
    role
    active
    mustChangePassword
    lastLoginAt
    unit {
      id
      code
      shortName
      name
    }
  }
`);

export const AccountsQuery = graphql(`
  query Accounts($role: AccountRole, $first: Int, $after: String, $last: Int, $before: String) {
    accounts(role: $role, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        node {
          ...AccountRow
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      __typename
      ... on Account { ...AccountRow }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      __typename
      ... on Account { ...AccountRow }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      __typename
      ... on Account { ...AccountRow }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);
