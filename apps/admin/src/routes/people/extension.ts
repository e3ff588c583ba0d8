import { IconUsers } from "@tabler/icons-react";
import { rosterReaders } from "../../extensions/access.ts";
import { defineExtension } from "../../extensions/registry.ts";

export default defineExtension({
  pages: [
    {
      path: "people",
      load: () => import("./people-page.tsx").then((module) => module.PeoplePage),
      roles: rosterReaders,
      nav: { label: "nav.people", icon: IconUsers, order: 30 },
    },
  ],
});
