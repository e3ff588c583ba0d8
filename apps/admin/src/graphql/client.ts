import { Client, type CombinedError, fetchExchange, mapExchange } from "urql";
import { liveCacheExchange } from "../live/cache.ts";
import { sseSubscriptionExchange } from "../live/sse.ts";

/** Sent with every request: the API refuses GET queries without it (CSRF prevention). */
const csrfHeaders = { "x-graphql-yoga-csrf": "1" };

export interface GraphqlClientOptions {
  /** Called when any answer says the session has ended (idle, too old, signed out elsewhere). */
  onSignedOut?: () => void;
}

/**
 * The dashboard's GraphQL client. It talks to the relative /graphql path: the Vite dev server
 * proxies it to the API, and in production the API serves the dashboard itself, so the session
 * cookie is first-party. Queries go out as GET (the @urql/core 6 default).
 *
 * Exchange order: the session watch first (it sees every answer, cached or not), then the
 * normalised cache (src/live/cache.ts), then the network: queries and mutations over fetch,
 * subscriptions over server-sent events (src/live/sse.ts).
 */
export function createGraphqlClient({ onSignedOut }: GraphqlClientOptions = {}): Client {
  return new Client({
    url: "/graphql",
    fetchOptions: { headers: csrfHeaders },
    exchanges: [
      mapExchange({
        onError(error) {
          if (isSignedOut(error)) onSignedOut?.();
        },
      }),
      liveCacheExchange(),
      fetchExchange,
      sseSubscriptionExchange(csrfHeaders),
    ],
  });
}

/** Whether the API refused because nobody is signed in (or the session has ended). */
export function isSignedOut(error: CombinedError | undefined): boolean {
  if (!error) return false;
  const response = error.response as Response | undefined;
  return response?.status === 401 || error.graphQLErrors.some((graphqlError) => graphqlError.extensions.code === "UNAUTHENTICATED");
}
