// Expected failures: thrown by resolvers, returned to clients as typed results (see schema/errors.ts).

export class NotFoundError extends Error {
  override name = "NotFoundError";
  constructor(
    /** The GraphQL type that was looked up, e.g. "Indicator". */
    readonly entity: string,
    /** The key the caller gave, as given. */
    readonly key: string,
  ) {
    super(`No ${entity} with key "${key}"`);
  }
}
