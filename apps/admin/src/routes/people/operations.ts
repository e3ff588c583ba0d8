import { graphql } from "../../graphql/generated/gql.ts";

export const PeopleListQuery = graphql(`
  query PeopleList($search: String, $first: Int, $after: String, $last: Int, $before: String, $today: Date!) {
    people(search: $search, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        node {
          id
          fullName
          rank
          posts(asOf: $today) {
            title
            titleEn
            unit {
              code
              shortName
            }
            organisation
          }
          partyRoles(asOf: $today) {
            title
            titleEn
          }
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
