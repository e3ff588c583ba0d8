// Page-size limit for every connection: a `first` or `last` above the field's maximum is an error
// naming the limit, never a page silently cut short (Pothos alone would cut it).
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import { GraphQLError, type GraphQLFieldResolver } from "graphql";

/** The largest page of any connection unless its field says otherwise (`extensions.maxPageSize`). */
export const MAX_PAGE_SIZE = 100;

export class PageSizeError extends GraphQLError {
  constructor(field: string, argument: "first" | "last", requested: number, max: number) {
    super(`${argument}: ${requested} is above the largest page of ${field}, ${max}. Ask for at most ${max} and follow pageInfo's cursors.`, {
      extensions: { code: "PAGE_SIZE_LIMIT", limit: "pageSize", field, argument, requested, max },
    });
  }
}

/** The largest page a connection field allows. */
export function maxPageSizeOf(extensions: Readonly<Record<string, unknown>> | null | undefined): number {
  const max = extensions?.maxPageSize;
  return typeof max === "number" ? max : MAX_PAGE_SIZE;
}

export class PageSizePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    if (!("first" in fieldConfig.args && "last" in fieldConfig.args)) return resolver;
    const max = maxPageSizeOf(fieldConfig.extensions);
    const field = `${fieldConfig.parentType}.${fieldConfig.name}`;
    return (parent, args, context, info) => {
      for (const argument of ["first", "last"] as const) {
        const requested = (args as Record<string, unknown>)[argument];
        if (typeof requested === "number" && requested > max) throw new PageSizeError(field, argument, requested, max);
      }
      return resolver(parent, args, context, info);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      pageSize: PageSizePlugin<Types>;
    }
  }
}

const pluginName = "pageSize";
SchemaBuilder.registerPlugin(pluginName, PageSizePlugin);
/** What the builder's `plugins` list names, as with Pothos' own plugins. */
export default pluginName;
