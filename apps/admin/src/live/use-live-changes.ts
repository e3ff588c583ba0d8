import { useEffect, useRef } from "react";
import { useSubscription } from "urql";
import { graphql } from "../graphql/generated/gql.ts";
import type { RosterChangedSubscription } from "../graphql/generated/graphql.ts";

const RosterChanged = graphql(`
  subscription RosterChanged {
    rosterChanged { action entityType entityIds unitId accountId }
  }
`);
const ObservationChanged = graphql(`
  subscription ObservationChanged {
    observationChanged { action entityType entityIds unitId accountId }
  }
`);
const CommendationChanged = graphql(`
  subscription CommendationChanged {
    commendationChanged { action entityType entityIds unitId accountId }
  }
`);

const subscriptions = { roster: RosterChanged, observation: ObservationChanged, commendation: CommendationChanged };
export type LiveTopic = keyof typeof subscriptions;
export type Change = RosterChangedSubscription["rosterChanged"];

/**
 * Calls `onChange` for every change committed by anyone on the topic while the component is on
 * screen. Events say what changed, never the contents: the handler refetches what it shows. Every
 * component following one topic shares one SSE stream (urql dedupes identical subscriptions).
 */
export function useLiveChanges(topic: LiveTopic, onChange: (change: Change) => void, { pause = false } = {}): void {
  const handler = useRef(onChange);
  useEffect(() => {
    handler.current = onChange;
  });
  const [{ data }] = useSubscription({ query: subscriptions[topic] as typeof RosterChanged, pause });
  const change = data && (Object.values(data)[0] as Change | undefined);
  useEffect(() => {
    if (change) handler.current(change);
  }, [change]);
}
