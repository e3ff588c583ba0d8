import { IconFlag } from "@tabler/icons-react";
import { everyone } from "../../extensions/access.ts";
import { defineExtension } from "../../extensions/registry.ts";

export default defineExtension({
  pages: [
    {
      path: "clusters",
      load: () => import("./cluster-list-page.tsx").then((module) => module.ClusterListPage),
      roles: everyone,
      nav: { label: "nav.clusters", icon: IconFlag, order: 20 },
    },
    {
      path: "clusters/:number",
      load: () => import("./cluster-redirect.tsx").then((module) => module.ClusterRedirect),
      roles: everyone,
    },
  ],
});
