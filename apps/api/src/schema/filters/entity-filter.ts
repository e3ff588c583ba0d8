// `entityFilter` makes one model's filter input (PersonFilter, UnitFilter…) from a few field
// declarations, and compiles a value of it to a Prisma `where`: the fields that are given are
// ANDed, and every filter also has `and`, `or` and `not`.
import type { InputRef } from "@pothos/core";
import type PrismaTypes from "@thidua/db/pothos-types";
import { getDatamodel } from "@thidua/db/pothos-types";
import { builder } from "../../builder.js";
import { type FilterScope, foldedConditions } from "./folded-text.js";
import {
  BooleanFilter,
  compileOperators,
  DateFilter,
  FloatFilter,
  IntFilter,
  type Operators,
  type InputObjectOf,
  type OperatorInput,
  StringFilter,
} from "./operators.js";

type ModelName = keyof PrismaTypes & string;
type Where<Model extends ModelName> = PrismaTypes[Model]["Where"];
type Column<Model extends ModelName> = keyof Where<Model> & string;

/** One field of a filter input: its GraphQL input type and how a value of it becomes conditions. */
export interface FilterField<Model extends ModelName> {
  type: unknown;
  description?: string;
  compile(value: never, scope: FilterScope): Where<Model> | Promise<Where<Model>>;
}

/** The shape of every filter input value: its fields, plus and/or/not. */
export interface FilterValue {
  and?: readonly FilterValue[] | null;
  or?: readonly FilterValue[] | null;
  not?: FilterValue | null;
  [field: string]: unknown;
}

export interface EntityFilter<Model extends ModelName> {
  ref: InputObjectOf<FilterValue>;
  /** The Prisma where-clause of a filter value (an empty object for none). */
  compile(value: FilterValue | null | undefined, scope: FilterScope): Promise<Where<Model>>;
}

const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: Array<{ name: string; isRequired: boolean }> }>;

function isNullable(model: ModelName, column: string): boolean {
  const field = models[model]?.fields.find((candidate) => candidate.name === column);
  if (!field) throw new Error(`${model} has no column ${column}`);
  return !field.isRequired;
}

/** The field declarations an entity filter is made of; `column` names a Prisma field of the model. */
function fieldBuilders<Model extends ModelName>(model: Model) {
  const scalar =
    <T>(type: OperatorInput<T>) =>
    (column: Column<Model>, description?: string): FilterField<Model> => ({
      type,
      description,
      compile: (operators: Operators<T>) =>
        ({ AND: compileOperators(operators, { column, nullable: isNullable(model, column) }) }) as Where<Model>,
    });
  return {
    int: scalar(IntFilter),
    float: scalar(FloatFilter),
    date: scalar(DateFilter),
    boolean: scalar(BooleanFilter),
    /** Text; contains/startsWith fold case and diacritics through `searchKey` (a folded copy of
     * exactly this column) or else through the column's distinct values. */
    text: (column: Column<Model>, options: { description?: string; searchKey?: Column<Model> } = {}): FilterField<Model> => ({
      type: StringFilter,
      description: options.description,
      compile: async (operators: Operators<string>, scope) =>
        ({
          AND: [
            ...compileOperators(operators, { column, nullable: isNullable(model, column) }),
            ...(await foldedConditions(operators, { model, column, searchKey: options.searchKey }, scope)),
          ],
        }) as Where<Model>,
    }),
    /** An enum column; the filter type comes from `enumFilter`, with the enum's order when ranked. */
    enum: (type: OperatorInput<string>, column: Column<Model>, options: { order?: readonly string[]; description?: string } = {}): FilterField<Model> => ({
      type,
      description: options.description,
      compile: (operators: Operators<string>) =>
        ({ AND: compileOperators(operators, { column, nullable: isNullable(model, column), order: options.order }) }) as Where<Model>,
    }),
    /** Through a relation: another model's filter, placed where this model reaches it. */
    relation: <Other extends ModelName>(
      other: () => EntityFilter<Other>,
      place: (inner: Where<Other>, scope: FilterScope) => Where<Model> | Promise<Where<Model>>,
      description: string,
    ): FilterField<Model> => ({
      get type() {
        return other().ref;
      },
      description,
      compile: async (value: FilterValue, scope) => place(await other().compile(value, scope), scope),
    }),
    /** Anything else: a type and a compile function. */
    custom: <T>(type: InputRef<T> | "Boolean" | "Int" | "String", compile: (value: T, scope: FilterScope) => Where<Model> | Promise<Where<Model>>, description: string): FilterField<Model> => ({
      type,
      description,
      compile: compile as FilterField<Model>["compile"],
    }),
  };
}
export type FilterFields<Model extends ModelName> = ReturnType<typeof fieldBuilders<Model>>;

export function entityFilter<Model extends ModelName>(
  model: Model,
  name: string,
  description: string,
  declare: (f: FilterFields<Model>) => Record<string, FilterField<Model>>,
): EntityFilter<Model> {
  let declared: Record<string, FilterField<Model>> | undefined;
  // declared lazily: filters refer to each other (a unit's cluster, a cluster's member units)
  const fields = () => {
    declared ??= declare(fieldBuilders(model));
    return declared;
  };
  const ref = builder.inputRef<FilterValue>(name).implement({
    description: `${description} Every field given must hold; combine with and, or, not.`,
    fields: (t) => ({
      ...Object.fromEntries(
        Object.entries(fields()).map(([field, spec]) => [field, t.field({ type: spec.type as never, description: spec.description })]),
      ),
      and: t.field({ type: [ref], description: "All of these hold." }),
      or: t.field({ type: [ref], description: "At least one of these holds." }),
      not: t.field({ type: ref, description: "This does not hold." }),
    }) as never,
  });

  async function compile(value: FilterValue | null | undefined, scope: FilterScope): Promise<Where<Model>> {
    if (!value) return {} as Where<Model>;
    const conditions: unknown[] = [];
    for (const [field, given] of Object.entries(value)) {
      if (given == null) continue;
      if (field === "and") conditions.push(...(await Promise.all((given as FilterValue[]).map((part) => compile(part, scope)))));
      else if (field === "or") conditions.push({ OR: await Promise.all((given as FilterValue[]).map((part) => compile(part, scope))) });
      else if (field === "not") conditions.push({ NOT: await compile(given as FilterValue, scope) });
      else {
        const spec = fields()[field];
        if (!spec) throw new Error(`${name} has no field ${field}`);
        conditions.push(await spec.compile(given as never, scope));
      }
    }
    return { AND: conditions } as Where<Model>;
  }

  return { ref, compile };
}
