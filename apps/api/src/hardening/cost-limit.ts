// A cost estimate that sees page sizes given as variables: graphql-armor's cost rule multiplies by
// literal `first`/`last` only, so `units(first: $n)` would cost as one unit whatever $n is.
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

/** The page a connection returns when neither first nor last is given (Pothos' default). */
const DEFAULT_PAGE = 20;

/**
 * Estimated fields to resolve: a leaf costs 1, an object 1 plus its selection, and a field with
 * `first`/`last` (or a connection without them) that many times over.
 */
export function operationCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  type: GraphQLNamedType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  spreading: ReadonlySet<string> = new Set(),
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      // introspection is answered from the schema in memory; the depth limit bounds it
      if (name === "__schema" || name === "__type") continue;
      if (!selection.selectionSet) {
        cost += 1;
        continue;
      }
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
      if (!field) continue;
      const inner = operationCost(schema, selection.selectionSet, getNamedType(field.type), fragments, variables, spreading);
      let size = field.args.some((arg) => arg.name === "first" || arg.name === "last") ? DEFAULT_PAGE : 1;
      for (const arg of selection.arguments ?? []) {
        if (arg.name.value === "first" || arg.name.value === "last") size = pageSize(arg.value, variables) ?? size;
      }
      cost += size * (1 + inner);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? type) : type;
      cost += operationCost(schema, selection.selectionSet, on, fragments, variables, spreading);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      // a cycle is refused by graphql's own rules; here it simply stops counting
      if (!fragment || spreading.has(name)) continue;
      const on = schema.getType(fragment.typeCondition.name.value) ?? type;
      cost += operationCost(schema, fragment.selectionSet, on, fragments, variables, new Set([...spreading, name]));
    }
  }
  return cost;
}

function pageSize(value: ValueNode, variables: Record<string, unknown>): number | null {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === "number" ? given : null;
  }
  return null;
}

/**
 * The refusal for the operation a request runs, if it costs more than the limit. Checked per
 * request, not as a validation rule: validation results are cached by document text alone, so a
 * rule reading variables would reuse the first request's verdict for every later one.
 */
export function costLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  maxCost: number,
): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const fragments = Object.fromEntries(
    document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const cost = operationCost(schema, operation.selectionSet, root, fragments, variables);
  if (cost <= maxCost) return null;
  return new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${cost}.`, {
    nodes: [operation],
    // `http` (yoga's, not sent) answers as yoga does a validation error: 400 to GraphQL-over-HTTP
    // clients, 200 to those accepting only application/json
    extensions: { code: "COST_LIMIT_EXCEEDED", limit: maxCost, found: cost, http: { spec: true, status: 400 } },
  });
}
