import { IconLayoutDashboard } from "@tabler/icons-react";
import { everyone } from "../../extensions/access.ts";
import { defineExtension } from "../../extensions/registry.ts";

export default defineExtension({
  pages: [
    {
      path: "overview",
      load: () => import("./overview-page.tsx").then((module) => module.OverviewPage),
      roles: everyone,
      nav: { label: "nav.overview", icon: IconLayoutDashboard, order: 10 },
    },
  ],
  widgets: [
    {
      // the example widget: see README, "Extending the dashboard"
      id: "recognition",
      title: "recognition.title",
      size: "third",
      load: () => import("./recognition-widget.tsx").then((module) => module.RecognitionWidget),
      requires: ["exemplars", "initiatives", "commendations"],
      order: 45,
    },
  ],
});
