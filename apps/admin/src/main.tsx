// styles.css first: it declares the layer order (the page styles below Mantine's)
import "./styles.css";
import "@mantine/core/styles.layer.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { routes } from "./app.tsx";
import { AppProviders } from "./components/app-providers.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const router = createBrowserRouter(routes);

createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
