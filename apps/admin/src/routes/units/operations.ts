import { graphql } from "../../graphql/generated/gql.ts";

export const UnitPageQuery = graphql(`
  query UnitPage($code: String!, $today: Date!) {
    unit(code: $code) {
      code
      name
      nameEn
      shortName
      kind
      parent {
        code
        name
        nameEn
      }
      children {
        code
        name
        nameEn
        shortName
        kind
      }
      posts(asOf: $today, first: 50) {
        totalCount
        edges {
          node {
            title
            titleEn
            person {
              id
              fullName
              rank
            }
          }
        }
      }
    }
  }
`);
