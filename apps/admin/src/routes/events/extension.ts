import { IconCalendarEvent } from "@tabler/icons-react";
import { everyone } from "../../extensions/access.ts";
import { defineExtension } from "../../extensions/registry.ts";
import { withPageMessages } from "../../i18n/i18n.tsx";

export default defineExtension({
  pages: [
    {
      path: "events",
      load: () => withPageMessages(import("./events-page.tsx")).then((module) => module.EventsPage),
      roles: everyone,
      nav: { label: "nav.events", icon: IconCalendarEvent, order: 50 },
    },
  ],
});
