// Not one of issue 3's queries: the smallest request there is, for the API's fixed cost per request
// (HTTP, the session lookup, parsing, validation, the limits, execution, the response) beside the
// cheapest round trip to PostgreSQL. The other rows' ratios read against it: a query whose
// hand-written SQL takes less than this floor cannot be within 2× of it through any API.
import type { NamedQuery } from "../named-query.js";

export const floor: NamedQuery = {
  name: "floor",
  question: "{ __typename } (reference, no target): the API's fixed cost per request against `SELECT 'Query'`",
  graphql: { query: "query Floor { __typename }" },
  fromApi(data) {
    return data.__typename;
  },
  sql: { text: `SELECT 'Query' AS typename`, values: [] },
  fromSql(rows) {
    return rows[0]?.typename;
  },
};
