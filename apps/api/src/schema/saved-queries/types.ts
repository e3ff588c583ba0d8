// Saved queries: an analyst's own GraphQL documents, private or shared with every account that may
// save queries.
import { builder } from "../../builder.js";

export const SavedQuery = builder.prismaNode("SavedQuery", {
  id: { field: "id" },
  nullable: true,
  // a shared query is anyone's who may save queries; a private one its owner's (and the admin's)
  authScopes: (saved) => (saved.shared ? { saveQueries: true } : { savedQueryOwner: saved.accountId }),
  description: "A GraphQL document saved by an analyst, valid against the schema when it was saved.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Unique among its owner's saved queries." }),
    description: t.exposeString("description", { nullable: true }),
    query: t.exposeString("query", { description: "The GraphQL document, as written." }),
    variables: t.expose("variables", { type: "JSON", nullable: true, description: "Variables to run it with: a JSON object." }),
    shared: t.exposeBoolean("shared", { description: "Listed for every account that may save queries; only its owner (or an admin) changes it." }),
    ownerName: t.string({
      description: "The display name of the account that saved it.",
      select: { account: { select: { displayName: true } } },
      resolve: (saved) => saved.account.displayName,
    }),
    mine: t.boolean({
      description: "Saved by the caller's account.",
      resolve: (saved, _args, { session }) => saved.accountId === session?.accountId,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    version: t.exposeInt("version", { description: "Changes with every edit; an update names the version it read." }),
  }),
});
