// The whole schema: each module registers its area's types and root fields on the builder.
import "./scalars.js";
import "./errors.js";
import "./units/types.js";
import "./units/queries.js";
import "./clusters/types.js";
import "./clusters/queries.js";
import "./personnel/types.js";
import "./personnel/queries.js";
import "./events/types.js";
import "./events/queries.js";
import "./movements/types.js";
import "./movements/queries.js";
import "./commendations/types.js";
import "./commendations/queries.js";
import "./recognition/types.js";
import "./recognition/queries.js";
import "./observations/types.js";
import "./observations/queries.js";
import "./rosters/types.js";
import "./rosters/queries.js";
import "./metrics/types.js";
import "./metrics/queries.js";
import { builder } from "../builder.js";

export const schema = builder.toSchema();
