import { Navigate, type RouteObject } from "react-router";
import { AppLayout } from "./components/layout.tsx";
import { NotFound } from "./components/not-found.tsx";
import { pages } from "./extensions/catalog.ts";
import { ExtensionPage } from "./extensions/extension-page.tsx";
import { ChangePasswordPage } from "./routes/auth/change-password-page.tsx";
import { LoginPage } from "./routes/auth/login-page.tsx";

/**
 * Every page of the dashboard: sign-in on its own, the rest inside the shared, signed-in layout.
 * The pages come from the registry (src/extensions/): each area declares its own, each loads on
 * first visit and shows only to the roles it names.
 */
export const routes: RouteObject[] = [
  { path: "login", element: <LoginPage /> },
  { path: "change-password", element: <ChangePasswordPage /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/overview" replace /> },
      ...pages.map((page) => ({ path: page.path, element: <ExtensionPage page={page} /> })),
      { path: "*", element: <NotFound /> },
    ],
  },
];
