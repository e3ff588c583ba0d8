import { IconAward } from "@tabler/icons-react";
import { everyone } from "../../extensions/access.ts";
import { defineExtension } from "../../extensions/registry.ts";

export default defineExtension({
  pages: [
    {
      path: "commendations",
      load: () => import("./commendations-page.tsx").then((module) => module.CommendationsPage),
      roles: everyone,
      nav: { label: "nav.commendations", icon: IconAward, order: 60 },
    },
  ],
});
