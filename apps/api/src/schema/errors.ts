import { builder } from "../builder.js";
import { NotFoundError } from "../errors.js";

// Argument validation failures (zod) are not typed here: they are GraphQL errors with the
// validation message, like any other malformed request, and they happen before authorization.

/** Every typed failure implements Error, so a client can always ask `... on Error { message }`. */
export const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  description: "An expected failure, returned as data instead of a GraphQL error.",
  fields: (t) => ({ message: t.exposeString("message") }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "Nothing exists under a key the request named.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString("entity", { description: "The kind of thing looked up, e.g. Indicator." }),
    key: t.exposeString("key", { description: "The key as the request gave it." }),
  }),
});
