import { lazy, Suspense } from "react";
import { Navigate, type RouteObject } from "react-router";
import { NotFound } from "./components/not-found.tsx";
import { pages } from "./extensions/catalog.ts";
import { ExtensionPage, PageLoading } from "./extensions/extension-page.tsx";
import { LoginPage } from "./routes/auth/login-page.tsx";

/**
 * Every page of the dashboard: sign-in on its own, the rest inside the shared, signed-in layout.
 * The pages come from the registry (src/extensions/): each area declares its own, each loads on
 * first visit and shows only to the roles it names. The layout loads after sign-in, so the
 * sign-in page carries none of it (scripts/bundle-budget.mjs). Plain route objects (element,
 * children), rendered with useRoutes in the browser: react-router's data APIs (loaders, actions,
 * route lazy) are not used, and left out they halve its weight.
 */
const ChangePasswordPage = lazy(() => import("./routes/auth/change-password-page.tsx").then((module) => ({ default: module.ChangePasswordPage })));
const AppLayout = lazy(() => import("./components/layout.tsx").then((module) => ({ default: module.AppLayout })));

export const routes: RouteObject[] = [
  { path: "login", element: <LoginPage /> },
  {
    path: "change-password",
    element: (
      <Suspense fallback={<PageLoading />}>
        <ChangePasswordPage />
      </Suspense>
    ),
  },
  {
    element: (
      <Suspense fallback={<PageLoading />}>
        <AppLayout />
      </Suspense>
    ),
    children: [
      { index: true, element: <Navigate to="/overview" replace /> },
      ...pages.map((page) => ({ path: page.path, element: <ExtensionPage page={page} /> })),
      { path: "*", element: <NotFound /> },
    ],
  },
];
