// What @graphql-codegen/client-preset's Babel optimizer does, as a Vite transform (plugin-react 6
// runs no Babel), one step further: each graphql(`query Name …`) call is replaced by the document
// codegen generated for it (NameDocument, or NameFragmentDoc for a fragment, in graphql.ts, with
// the fragments it uses), as compact GraphQL text. The generated gql.ts maps every document's
// text to its document, and graphql.ts holds all of them in one module, so either import puts
// every operation of the dashboard into the first chunk; inlined, each route's documents travel
// with that route. As text they are a third lighter than their syntax trees; urql parses a query
// given as text once and keeps it (the types were checked by tsc before this runs).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DocumentNode, Kind, parse, print, stripIgnoredCharacters } from "graphql";
import type { Plugin } from "vite";

const generatedDir = fileURLToPath(new URL("./src/graphql/generated/", import.meta.url));
const generatedDocuments = `${generatedDir}graphql.ts`;
const call = /\bgraphql\(`([^`]*)`\)/g;
const gqlImport = /^import \{ graphql \} from "[^"]*\/generated\/gql\.ts";\n/m;
const exported = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/** Every generated document, as compact GraphQL text, by its export name. */
function readDocuments(): Map<string, string> {
  return new Map(
    [...readFileSync(generatedDocuments, "utf8").matchAll(exported)].map(([, name, json]) => [
      name as string,
      stripIgnoredCharacters(print(JSON.parse(json as string) as DocumentNode)),
    ]),
  );
}

export function graphqlDocuments(): Plugin {
  let documents: Map<string, string> | null = null;
  return {
    name: "thidua:graphql-documents",
    enforce: "pre",
    watchChange(id) {
      if (id === generatedDocuments) documents = null;
    },
    transform(code, id) {
      if (id.startsWith(generatedDir) || !/\.tsx?$/.test(id) || !gqlImport.test(code)) return null;
      this.addWatchFile(generatedDocuments);
      documents ??= readDocuments();
      const known = documents;
      const replaced = code.replace(call, (_whole, source: string) => {
        const [first] = parse(source).definitions;
        const name =
          first?.kind === Kind.OPERATION_DEFINITION && first.name
            ? `${first.name.value}Document`
            : first?.kind === Kind.FRAGMENT_DEFINITION
              ? `${first.name.value}FragmentDoc`
              : null;
        const document = name ? known.get(name) : undefined;
        if (!document) throw new Error(`${id}: no generated document for ${name ?? "an unnamed document"}; run \`pnpm generate\``);
        return JSON.stringify(document);
      });
      return { code: replaced.replace(gqlImport, ""), map: null };
    },
  };
}
