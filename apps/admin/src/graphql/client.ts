import { Client, type CombinedError, cacheExchange, fetchExchange } from "urql";

/** Sent with every request: the API refuses GET queries without it (CSRF prevention). */
const csrfHeaders = { "x-graphql-yoga-csrf": "1" };

/**
 * The dashboard's GraphQL client. It talks to the relative /graphql path: the Vite dev server
 * proxies it to the API, and in production the API serves the dashboard itself, so the session
 * cookie is first-party. Queries go out as GET (the @urql/core 6 default).
 */
export function createGraphqlClient(): Client {
  return new Client({
    url: "/graphql",
    fetchOptions: { headers: csrfHeaders },
    exchanges: [cacheExchange, fetchExchange],
  });
}

/** Whether the API refused because nobody is signed in (or the session has ended). */
export function isSignedOut(error: CombinedError | undefined): boolean {
  return error?.graphQLErrors.some((graphqlError) => graphqlError.extensions.code === "UNAUTHENTICATED") ?? false;
}
