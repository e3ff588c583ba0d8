import { IconUserShield } from "@tabler/icons-react";
import { adminsOnly } from "../../extensions/access.ts";
import { defineExtension } from "../../extensions/registry.ts";
import { withPageMessages } from "../../i18n/i18n.tsx";

export default defineExtension({
  pages: [
    {
      path: "accounts",
      load: () => withPageMessages(import("./accounts-page.tsx")).then((module) => module.AccountsPage),
      roles: adminsOnly,
      nav: { label: "nav.accounts", icon: IconUserShield, order: 95 },
    },
  ],
});
