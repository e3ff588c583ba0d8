import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { Provider as GraphqlProvider } from "urql";
import { routes } from "./app.tsx";
import { createGraphqlClient } from "./graphql/client.ts";
import { I18nProvider } from "./i18n/i18n.tsx";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <GraphqlProvider value={createGraphqlClient()}>
        <RouterProvider router={createBrowserRouter(routes)} />
      </GraphqlProvider>
    </I18nProvider>
  </StrictMode>,
);
