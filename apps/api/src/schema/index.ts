// The whole schema: each module registers its area's types and root fields on the builder.
import "./scalars.js";
import "./errors.js";
import "./units.js";
import "./clusters.js";
import "./personnel.js";
import "./events.js";
import "./metrics/types.js";
import "./metrics/queries.js";
import { builder } from "../builder.js";

export const schema = builder.toSchema();
