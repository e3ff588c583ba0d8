import { Navigate, type RouteObject } from "react-router";
import { AppLayout } from "./components/layout.tsx";
import { NotFound } from "./components/not-found.tsx";
import { ChangePasswordPage } from "./routes/auth/change-password-page.tsx";
import { LoginPage } from "./routes/auth/login-page.tsx";
import { ClusterListPage } from "./routes/clusters/cluster-list-page.tsx";
import { ClusterPage, defaultYear } from "./routes/clusters/cluster-page.tsx";
import { PeoplePage } from "./routes/people/people-page.tsx";
import { UnitPage } from "./routes/units/unit-page.tsx";

/** Every page of the dashboard: sign-in on its own, the rest inside the shared, signed-in layout. */
export const routes: RouteObject[] = [
  { path: "login", element: <LoginPage /> },
  { path: "change-password", element: <ChangePasswordPage /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to={`/clusters/1?year=${defaultYear}`} replace /> },
      { path: "clusters", element: <ClusterListPage /> },
      { path: "clusters/:number", element: <ClusterPage /> },
      { path: "units/:code", element: <UnitPage /> },
      { path: "people", element: <PeoplePage /> },
      { path: "*", element: <NotFound /> },
    ],
  },
];
