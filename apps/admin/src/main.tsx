import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { routes } from "./app.tsx";
import { GraphqlProvider } from "./graphql/provider.tsx";
import { I18nProvider } from "./i18n/i18n.tsx";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const router = createBrowserRouter(routes);

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <GraphqlProvider>
        <RouterProvider router={router} />
      </GraphqlProvider>
    </I18nProvider>
  </StrictMode>,
);
