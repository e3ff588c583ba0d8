// The endpoint's defences around GraphQL itself: limits on what one operation may ask, CSRF
// prevention, less said to anonymous callers, and security headers on every response.
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { type ExecutionArgs, GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Session } from "../auth/session.js";
import { costLimitError } from "./cost-limit.js";
import { CSRF_HEADER, LIMITS } from "./limits.js";

/**
 * graphql-armor's refusal, with a code a client can act on and without its misleading
 * "Syntax Error: " prefix; reported as a validation error (a 400, nothing executed).
 */
function refuse(code: string, limit: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const refusal = new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code, limit } });
        // the token count runs while parsing, without a validation context: throwing refuses
        if (!context) throw refusal;
        context.reportError(refusal);
      },
    ],
  };
}

/** The cost limit, given the request's variables (page sizes are often variables). */
function useCostLimit(maxCost: number): Plugin {
  // `variableValues` are the request's own, before coercion: what the client asked for
  const check = ({ schema, document, operationName, variableValues }: ExecutionArgs) =>
    costLimitError(schema, document, operationName, (variableValues ?? {}) as Record<string, unknown>, maxCost);
  return {
    // before any resolver runs
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = check(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = check(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}

const SUGGESTION = / ?Did you mean .+\?/;

/** Anonymous callers may only sign in: no introspection, no "did you mean…" hints at the schema. */
function useAnonymousRestrictions(sessionOf: (request: Request) => Promise<Session | null>): Plugin {
  const anonymous = new WeakSet<Request>();
  return {
    // validation is synchronous: learn who is calling before it
    async onParams({ request }) {
      if (!(await sessionOf(request))) anonymous.add(request);
    },
    onValidate({ context, addValidationRule }) {
      const { request } = context as { request?: Request };
      if (request && anonymous.has(request)) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
    // validation and variable errors alike carry the suggestions
    onExecutionResult({ request, result, setResult }) {
      if (!anonymous.has(request) || !result || Symbol.asyncIterator in result) return;
      const { errors } = result as { errors?: readonly GraphQLError[] };
      if (!errors?.some((error) => SUGGESTION.test(error.message))) return;
      setResult({
        ...result,
        errors: errors.map(
          (error) =>
            new GraphQLError(error.message.replace(new RegExp(SUGGESTION, "g"), ""), {
              nodes: error.nodes,
              positions: error.positions,
              path: error.path,
              originalError: error.originalError,
              extensions: error.extensions,
            }),
        ),
      } as typeof result);
    },
  };
}

/** Headers for API responses: nothing here is a page to render, frame or leak a referrer from. */
const SECURITY_HEADERS = {
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};

function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
      // answers depend on who asks and may hold personal data: no shared or browser cache
      if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
    },
  };
}

export function useHardening(options: { sessionOf: (request: Request) => Promise<Session | null> }): Plugin[] {
  return [
    useSecurityHeaders(),
    // a request a browser would send cross-site without a preflight (GET, form posts) must carry
    // this header, which a cross-site page cannot add; JSON posts are preflighted anyway
    useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
    useAnonymousRestrictions(options.sessionOf),
    maxTokensPlugin({ n: LIMITS.tokens, ...refuse("TOKEN_LIMIT_EXCEEDED", LIMITS.tokens) }),
    maxDepthPlugin({ n: LIMITS.depth, flattenFragments: true, ...refuse("DEPTH_LIMIT_EXCEEDED", LIMITS.depth) }),
    maxAliasesPlugin({ n: LIMITS.aliases, ...refuse("ALIAS_LIMIT_EXCEEDED", LIMITS.aliases) }),
    maxDirectivesPlugin({ n: LIMITS.directives, ...refuse("DIRECTIVE_LIMIT_EXCEEDED", LIMITS.directives) }),
    useCostLimit(LIMITS.cost),
  ];
}
