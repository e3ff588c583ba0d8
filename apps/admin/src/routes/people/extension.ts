import { IconUsers } from "@tabler/icons-react";
import { rosterReaders } from "../../extensions/access.ts";
import { defineExtension } from "../../extensions/registry.ts";
import { withPageMessages } from "../../i18n/i18n.tsx";

export default defineExtension({
  pages: [
    {
      path: "people",
      load: () => withPageMessages(import("./people-page.tsx")).then((module) => module.PeoplePage),
      roles: rosterReaders,
      nav: { label: "nav.people", icon: IconUsers, order: 30 },
    },
  ],
});
