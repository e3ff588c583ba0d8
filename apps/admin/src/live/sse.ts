// Subscriptions over server-sent events, as the API serves them (GraphQL over SSE, "distinct
// connections" mode: one fetch stream per subscription). A fetch-based client, not EventSource,
// because the API wants its CSRF header on every request; the session cookie goes along. The
// client library is fetched with the first subscription: no page needs it to show.
import type { Client } from "graphql-sse";
import { subscriptionExchange } from "urql";

export function sseSubscriptionExchange(headers: Record<string, string>) {
  let client: Promise<Client> | null = null;
  const connect = () => {
    client ??= import("graphql-sse").then(({ createClient }) => createClient({ url: "/graphql", headers, credentials: "same-origin", retryAttempts: 5 }));
    return client;
  };
  return subscriptionExchange({
    forwardSubscription(operation) {
      return {
        subscribe(sink) {
          let unsubscribe: (() => void) | null = null;
          let ended = false;
          void connect().then((connected) => {
            if (!ended) unsubscribe = connected.subscribe({ ...operation, query: operation.query ?? "" }, sink);
          });
          return {
            unsubscribe() {
              ended = true;
              unsubscribe?.();
            },
          };
        },
      };
    },
  });
}
