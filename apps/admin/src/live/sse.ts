// Subscriptions over server-sent events, as the API serves them (GraphQL over SSE, "distinct
// connections" mode: one fetch stream per subscription). A fetch-based client, not EventSource,
// because the API wants its CSRF header on every request; the session cookie goes along.
import { createClient } from "graphql-sse";
import { subscriptionExchange } from "urql";

export function sseSubscriptionExchange(headers: Record<string, string>) {
  const client = createClient({ url: "/graphql", headers, credentials: "same-origin", retryAttempts: 5 });
  return subscriptionExchange({
    forwardSubscription(operation) {
      return {
        subscribe(sink) {
          const unsubscribe = client.subscribe({ ...operation, query: operation.query ?? "" }, sink);
          return { unsubscribe };
        },
      };
    },
  });
}
