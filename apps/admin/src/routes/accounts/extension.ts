import { IconUserShield } from "@tabler/icons-react";
import { adminsOnly } from "../../extensions/access.ts";
import { defineExtension } from "../../extensions/registry.ts";

export default defineExtension({
  pages: [
    {
      path: "accounts",
      load: () => import("./accounts-page.tsx").then((module) => module.AccountsPage),
      roles: adminsOnly,
      nav: { label: "nav.accounts", icon: IconUserShield, order: 95 },
    },
  ],
});
