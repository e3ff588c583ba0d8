import { IconHistory } from "@tabler/icons-react";
import { adminsOnly } from "../../extensions/access.ts";
import { defineExtension } from "../../extensions/registry.ts";
import { withPageMessages } from "../../i18n/i18n.tsx";

export default defineExtension({
  pages: [
    {
      path: "audit",
      load: () => withPageMessages(import("./audit-page.tsx")).then((module) => module.AuditPage),
      roles: adminsOnly,
      nav: { label: "nav.audit", icon: IconHistory, order: 90 },
    },
  ],
});
