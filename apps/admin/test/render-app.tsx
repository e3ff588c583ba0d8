import { configure, render } from "@testing-library/react";
import type { Window as HappyDomWindow } from "happy-dom";
import { createMemoryRouter, RouterProvider } from "react-router";
import { inject } from "vitest";
import { routes } from "../src/app.tsx";
import { AppProviders } from "../src/components/app-providers.tsx";

// The first query of a run waits for the API's first plan and PGlite's first reads.
configure({ asyncUtilTimeout: 10_000 });

// The page lives at the API's origin, as the dashboard does behind the dev proxy or the API
// itself: /graphql is same-origin and the session cookie first-party.
(window as unknown as HappyDomWindow).happyDOM.setURL(inject("apiUrl"));

/** The whole dashboard at one address, talking to the API that test/api-server.ts started. */
export function renderApp(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const view = render(
    <AppProviders env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, ...view };
}

/** One GraphQL request from this window (its cookies included), for what a test sets up. */
export async function apiRequest<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = (await response.json()) as { data?: Data; errors?: unknown };
  if (!data || errors) throw new Error(`request failed: ${JSON.stringify(errors)}`);
  return data;
}

/** Signs an account in (the test administrator unless told), as the sign-in page does: the
 * session cookie stays with this window. */
export async function signIn(credentials: { email: string; password: string } = inject("admin")): Promise<void> {
  const { login } = await apiRequest<{ login: { __typename: string } }>(
    "mutation ($input: LoginInput!) { login(input: $input) { __typename } }",
    { input: credentials },
  );
  if (login.__typename !== "SignedIn") throw new Error(`sign-in failed: ${login.__typename}`);
}
