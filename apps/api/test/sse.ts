// A GraphQL subscription over server-sent events, read from the real response stream as a
// browser's EventSource would ("distinct connections" mode: one request per subscription).
import type { GraphQLResponse } from "./support.js";

export interface SseSubscription {
  /** The next `next` event's payload; rejects after `timeoutMs` without one. */
  next(timeoutMs?: number): Promise<GraphQLResponse>;
  /** Every payload that arrives within `ms` (none is fine). */
  drain(ms: number): Promise<GraphQLResponse[]>;
  close(): Promise<void>;
}

interface Fetcher {
  fetch(url: string, init: RequestInit): Response | Promise<Response>;
}

export async function subscribe(
  yoga: Fetcher,
  query: string,
  headers: Record<string, string>,
): Promise<{ response: Response; subscription: SseSubscription }> {
  const response = await yoga.fetch("http://api.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
    body: JSON.stringify({ query }),
  });
  if (!response.body) throw new Error("no response stream");
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const payloads: GraphQLResponse[] = [];
  let buffer = "";
  // wakes whoever waits for the next payload
  const signal: { wake: (() => void) | null } = { wake: null };
  let done = false;

  // reads in the background; every complete `event: next` becomes a payload
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) break;
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split("\n");
          if (lines.includes("event: next")) {
            const data = lines.filter((line) => line.startsWith("data: ")).map((line) => line.slice(6)).join("\n");
            payloads.push(JSON.parse(data) as GraphQLResponse);
          }
          end = buffer.indexOf("\n\n");
        }
        signal.wake?.();
      }
    } catch {
      // cancelled by close()
    } finally {
      done = true;
      signal.wake?.();
    }
  })();

  const arrival = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal.wake = () => {
        clearTimeout(timer);
        signal.wake = null;
        resolve();
      };
    });

  const subscription: SseSubscription = {
    async next(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (payloads.length === 0) {
        if (done) throw new Error("the event stream ended");
        if (Date.now() >= deadline) throw new Error(`no event within ${timeoutMs} ms`);
        await arrival(deadline - Date.now());
      }
      return payloads.shift()!;
    },
    async drain(ms) {
      const deadline = Date.now() + ms;
      while (!done && Date.now() < deadline) await arrival(deadline - Date.now());
      return payloads.splice(0);
    },
    async close() {
      await reader.cancel().catch(() => undefined);
      await pump;
    },
  };
  return { response, subscription };
}
