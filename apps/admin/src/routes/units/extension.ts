import { IconSitemap } from "@tabler/icons-react";
import { everyone } from "../../extensions/access.ts";
import { defineExtension } from "../../extensions/registry.ts";

export default defineExtension({
  pages: [
    {
      path: "units",
      load: () => import("./units-page.tsx").then((module) => module.UnitsPage),
      roles: everyone,
      nav: { label: "nav.units", icon: IconSitemap, order: 30 },
    },
    {
      path: "units/:code",
      load: () => import("./unit-page.tsx").then((module) => module.UnitPage),
      roles: everyone,
    },
  ],
});
