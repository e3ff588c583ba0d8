import { graphql } from "../../graphql/generated/gql.ts";

export const ClusterListQuery = graphql(`
  query ClusterList($year: Int!) {
    clusters(first: 50) {
      totalCount
      edges {
        node {
          id
          number
          name
          nameEn
          kind
          leader(year: $year) {
            id
            code
            shortName
            name
          }
          members(year: $year) {
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
