// The benchmark's queries, in the order they run and are reported.
import type { NamedQuery } from "./named-query.js";
import { floor } from "./queries/floor.js";
import { monthlySeries } from "./queries/monthly-series.js";
import { postHolder } from "./queries/post-holder.js";
import { rosterPage } from "./queries/roster-page.js";
import { rosterStats } from "./queries/roster-stats.js";
import { scoreboard } from "./queries/scoreboard.js";

export const namedQueries: readonly NamedQuery[] = [rosterPage, scoreboard, monthlySeries, rosterStats, postHolder, floor];
