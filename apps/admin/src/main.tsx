// styles.css first: it declares the layer order (the page styles below Mantine's)
import "./styles.css";
import "@mantine/core/styles.layer.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, useRoutes } from "react-router";
import { routes } from "./app.tsx";
import { AppProviders } from "./components/app-providers.tsx";
import { loadStoredLocale } from "./i18n/i18n.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

function App() {
  return useRoutes(routes);
}

// the remembered language's messages first, so the first paint is already in it
void loadStoredLocale().then(() =>
  createRoot(root).render(
    <StrictMode>
      <AppProviders>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  ),
);
