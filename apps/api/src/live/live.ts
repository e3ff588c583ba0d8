// Live updates: what changed, published after a commit and delivered to subscriptions. In-process
// by default; through Redis pub/sub when a URL is given, so that every API process behind a load
// balancer sees the changes any of them commits.
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub, type PubSubEventTarget, SlidingBuffer } from "graphql-yoga";
import { Redis } from "ioredis";

/** roster: people, officers, posts, ranks, unit assignments; observation: indicator values; commendation: the workflow. */
export const liveTopics = ["roster", "observation", "commendation"] as const;
export type LiveTopic = (typeof liveTopics)[number];

export const liveActions = ["CREATE", "UPDATE", "DELETE"] as const;
export type LiveAction = (typeof liveActions)[number];

/**
 * One committed change, as subscribers see it: which rows, in which unit, by whom; never the
 * rows' contents, so that nothing personal travels (subscribers refetch what they may read).
 * A change touching two units (a transfer) is published once per unit; a bulk import once per
 * unit with every id created there.
 */
export interface LiveChange {
  action: LiveAction;
  /** The model changed, e.g. "Officer", "PostAssignment", "Observation", "Commendation". */
  entityType: string;
  /** Database ids of the changed rows (as strings: some keys are not numbers). */
  entityIds: string[];
  /** The unit the rows belong to (the officer's unit, the observation's unit, the recipient unit), if any. */
  unitId: number | null;
  /** The account that made the change. */
  accountId: number | null;
}

export interface Live {
  publish(topic: LiveTopic, change: LiveChange): void;
  /** Every change published on the topic from now on (in any process sharing the Redis), until returned. */
  subscribe(topic: LiveTopic): AsyncIterableIterator<LiveChange>;
  close(): Promise<void>;
}

export interface LiveOptions {
  /** redis://… to fan out across processes; in-process when unset. */
  redisUrl?: string | undefined;
  /** Prefix of the Redis channels (several deployments, or test runs, on one Redis). */
  channelPrefix?: string;
  /** Where Redis connection trouble is reported (ioredis keeps reconnecting meanwhile). */
  onError?: (error: Error) => void;
}

type Topics = Record<string, [LiveChange]>;

/**
 * How far one subscriber may fall behind before its oldest undelivered changes are dropped. A
 * subscription without a buffer throws past 1,024 pending events, inside the publisher's call.
 */
const SUBSCRIBER_BUFFER = 1024;

export function createLive({ redisUrl, channelPrefix = "thidua:live:", onError = () => {} }: LiveOptions = {}): Live {
  const channel = (topic: LiveTopic) => `${channelPrefix}${topic}`;
  let eventTarget: PubSubEventTarget<Topics> = new EventTarget() as PubSubEventTarget<Topics>;
  let clients: Redis[] = [];
  if (redisUrl) {
    const publisher = new Redis(redisUrl);
    const subscriber = new Redis(redisUrl);
    clients = [publisher, subscriber];
    for (const client of clients) client.on("error", onError);
    // The event target fires its commands and forgets them: while Redis is away (or after close)
    // they reject, and an unhandled rejection would end the process. These are the only calls it
    // makes; each failure is reported instead.
    const reported = (command: Promise<unknown>) => command.catch(onError);
    eventTarget = createRedisEventTarget({
      publishClient: { publish: (channel: string, message: string) => reported(publisher.publish(channel, message)) } as unknown as Redis,
      subscribeClient: {
        on: (event: "message", listener: (channel: string, message: string) => void) => subscriber.on(event, listener),
        subscribe: (channel: string) => reported(subscriber.subscribe(channel)),
        unsubscribe: (channel: string) => reported(subscriber.unsubscribe(channel)),
      } as unknown as Redis,
    });
  }
  const pubSub = createPubSub<Topics>({ eventTarget });
  return {
    publish: (topic, change) => pubSub.publish(channel(topic), change),
    // a pub/sub per subscription, because a repeater buffer holds one subscriber's backlog
    subscribe: (topic) =>
      createPubSub<Topics>({ eventTarget, repeaterBuffer: new SlidingBuffer(SUBSCRIBER_BUFFER) }).subscribe(channel(topic)),
    async close() {
      await Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect())));
    },
  };
}
