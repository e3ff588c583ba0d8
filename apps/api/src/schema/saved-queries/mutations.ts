// Saving, changing and deleting saved queries: through the write transaction (version check, audit
// row); a document must parse and validate against the schema this API serves.
import { Prisma } from "@thidua/db/prisma";
import { createSavedQueryInput, updateSavedQueryInput } from "@thidua/domain/inputs/saved-queries";
import { versionedRefInput } from "@thidua/domain/inputs/common";
import { type GraphQLSchema, GraphQLError, parse, validate } from "graphql";
import { builder } from "../../builder.js";
import { ValidationError } from "../../errors.js";
import { entities } from "../../write/entities.js";
import { databaseId, parseInput } from "../../write/input.js";
import { applyChange, type Tx } from "../../write/write-transaction.js";
import { writeErrors } from "../errors.js";
import { SavedQuery } from "./types.js";

const VARIABLES = "Variables to run it with: a JSON object (or null).";

const CreateSavedQueryInput = builder.inputType("CreateSavedQueryInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "Unique among the caller's saved queries." }),
    description: t.string(),
    query: t.string({ required: true, description: "A GraphQL document valid against this schema." }),
    variables: t.field({ type: "JSON", description: VARIABLES }),
    shared: t.boolean({ description: "List it for every account that may save queries (false when omitted)." }),
  }),
});

const UpdateSavedQueryInput = builder.inputType("UpdateSavedQueryInput", {
  description: "Fields left out stay as they are; null clears description and variables.",
  fields: (t) => ({
    id: t.globalID({ for: SavedQuery, required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    description: t.string(),
    query: t.string({ description: "A GraphQL document valid against this schema." }),
    variables: t.field({ type: "JSON", description: VARIABLES }),
    shared: t.boolean(),
  }),
});

const DeleteSavedQueryInput = builder.inputType("DeleteSavedQueryInput", {
  fields: (t) => ({
    id: t.globalID({ for: SavedQuery, required: true }),
    version: t.int({ required: true, description: "The version read: a query changed since is not deleted." }),
  }),
});

interface Deleted {
  id: number;
}
const SavedQueryDeleted = builder.objectRef<Deleted>("SavedQueryDeleted").implement({
  description: "A saved query that was deleted.",
  fields: (t) => ({
    id: t.globalID({ resolve: (deleted) => ({ type: "SavedQuery", id: deleted.id }) }),
  }),
});

/** A document the schema accepts: its syntax and validation errors on the `query` field. */
function checkDocument(schema: GraphQLSchema, text: string): void {
  let errors: readonly GraphQLError[];
  try {
    errors = validate(schema, parse(text));
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    errors = [error];
  }
  if (errors.length > 0) {
    throw new ValidationError(errors.map((error) => ({ path: ["query"], message: error.message, code: "invalidGraphQL" })));
  }
}

async function checkNameFree(tx: Tx, accountId: number, name: string, except?: number): Promise<void> {
  const held = await tx.savedQuery.findUnique({ where: { accountId_name: { accountId, name } }, select: { id: true } });
  if (held && held.id !== except) throw ValidationError.of("name", `You already have a saved query named "${name}"`, "nameTaken");
}

/** Variables as Prisma writes them: null clears the column, undefined leaves it. */
function variablesColumn(variables: Record<string, unknown> | null | undefined) {
  return variables === null ? Prisma.DbNull : (variables as Prisma.InputJsonObject | undefined);
}

builder.mutationFields((t) => ({
  createSavedQuery: t.prismaField({
    type: "SavedQuery",
    description: "Saves a GraphQL document under a name, for the caller.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: CreateSavedQueryInput, required: true }) },
    authScopes: { saveQueries: true },
    resolve: async (query, _root, args, context, info) => {
      const { variables, ...input } = parseInput(createSavedQueryInput, args.input);
      checkDocument(info.schema, input.query);
      // the saveQueries scope holds only with a session
      const accountId = context.session!.accountId;
      const { id: savedId } = await applyChange(context, {
        action: "CREATE",
        entity: entities.SavedQuery,
        change: async (tx) => {
          await checkNameFree(tx, accountId, input.name);
          return (await tx.savedQuery.create({ data: { ...input, variables: variablesColumn(variables), accountId } })).id;
        },
      });
      return context.prisma.savedQuery.findUniqueOrThrow({ ...query, where: { id: savedId } });
    },
  }),

  updateSavedQuery: t.prismaField({
    type: "SavedQuery",
    description: "Changes a saved query, naming the version read. Its owner's, or an admin's.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: UpdateSavedQueryInput, required: true }) },
    authScopes: (_root, { input }) => ({ ownSavedQuery: databaseId(input.id) }),
    resolve: async (query, _root, args, context, info) => {
      const { id: savedId, version: expectedVersion, variables, ...input } = parseInput(updateSavedQueryInput, args.input);
      if (input.query !== undefined) checkDocument(info.schema, input.query);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.SavedQuery,
        id: savedId,
        expectedVersion,
        change: async (tx, saved) => {
          if (input.name !== undefined) await checkNameFree(tx, saved.accountId, input.name, saved.id);
          await tx.savedQuery.update({ where: { id: saved.id }, data: { ...input, variables: variablesColumn(variables) } });
        },
      });
      return context.prisma.savedQuery.findUniqueOrThrow({ ...query, where: { id: savedId } });
    },
  }),

  deleteSavedQuery: t.field({
    type: SavedQueryDeleted,
    description: "Deletes a saved query, naming the version read. Its owner's, or an admin's.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: DeleteSavedQueryInput, required: true }) },
    authScopes: (_root, { input }) => ({ ownSavedQuery: databaseId(input.id) }),
    resolve: async (_root, args, context) => {
      const input = parseInput(versionedRefInput, args.input);
      await applyChange(context, {
        action: "DELETE",
        entity: entities.SavedQuery,
        id: input.id,
        expectedVersion: input.version,
        change: async (tx, saved) => {
          await tx.savedQuery.delete({ where: { id: saved.id } });
        },
      });
      return { id: input.id };
    },
  }),
}));
