import { graphql } from "../../graphql/generated/gql.ts";

export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      email
      role
      mustChangePassword
      unit { id code }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on SignedIn {
        account {
          id
          mustChangePassword
        }
      }
      ... on Error {
        message
      }
      ... on TooManyAttemptsError {
        retryAfterSeconds
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on ValidationError {
        fieldErrors {
          code
          message
          path
        }
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
