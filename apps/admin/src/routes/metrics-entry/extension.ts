import { IconTablePlus } from "@tabler/icons-react";
import { rosterReaders } from "../../extensions/access.ts";
import { defineExtension } from "../../extensions/registry.ts";
import { withPageMessages } from "../../i18n/i18n.tsx";

// analysts read the raw figures too (read-only: the API's readRoster scope); editors enter them
export default defineExtension({
  pages: [
    {
      path: "metrics-entry",
      load: () => withPageMessages(import("./metrics-entry-page.tsx")).then((module) => module.MetricsEntryPage),
      roles: rosterReaders,
      nav: { label: "nav.metricsEntry", icon: IconTablePlus, order: 40 },
    },
  ],
});
