import { Client, cacheExchange, fetchExchange } from "urql";

/**
 * The dashboard's GraphQL client. It talks to the relative /graphql path: the Vite dev server
 * proxies it to the API, and in production the API serves the dashboard itself. Queries go out
 * as GET (the @urql/core 6 default), which the API accepts.
 */
export function createGraphqlClient(options: { url?: string; fetch?: typeof fetch } = {}): Client {
  return new Client({
    url: options.url ?? "/graphql",
    fetch: options.fetch,
    exchanges: [cacheExchange, fetchExchange],
  });
}
