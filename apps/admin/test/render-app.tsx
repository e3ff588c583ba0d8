import { configure, render } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { Provider as GraphqlProvider } from "urql";
import { inject } from "vitest";
import { routes } from "../src/app.tsx";
import { createGraphqlClient } from "../src/graphql/client.ts";
import { I18nProvider } from "../src/i18n/i18n.tsx";

// The first query of a run waits for the API's first plan and PGlite's first reads.
configure({ asyncUtilTimeout: 10_000 });

/** The whole dashboard at one address, talking to the API that test/api-server.ts started. */
export function renderApp(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const client = createGraphqlClient({ url: `${inject("apiUrl")}/graphql` });
  const view = render(
    <I18nProvider>
      <GraphqlProvider value={client}>
        <RouterProvider router={router} />
      </GraphqlProvider>
    </I18nProvider>,
  );
  return { router, ...view };
}
