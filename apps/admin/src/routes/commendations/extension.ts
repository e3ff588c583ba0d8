import { IconAward } from "@tabler/icons-react";
import { everyone } from "../../extensions/access.ts";
import { defineExtension } from "../../extensions/registry.ts";
import { withPageMessages } from "../../i18n/i18n.tsx";

export default defineExtension({
  pages: [
    {
      path: "commendations",
      load: () => withPageMessages(import("./commendations-page.tsx")).then((module) => module.CommendationsPage),
      roles: everyone,
      nav: { label: "nav.commendations", icon: IconAward, order: 60 },
    },
  ],
});
