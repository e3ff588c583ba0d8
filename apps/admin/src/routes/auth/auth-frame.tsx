import type { ReactNode } from "react";
import { LanguageSwitch } from "../../components/language-switch.tsx";
import { useI18n } from "../../i18n/i18n.tsx";

/** The frame of the pages shown before the dashboard itself: sign-in and the forced password change. */
export function AuthFrame({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="auth-page">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ★
          </span>
          <span className="brand-text">
            <span className="brand-name">{t("app.name")}</span>
            <span className="brand-owner">{t("app.owner")}</span>
          </span>
        </div>
        <LanguageSwitch />
      </header>
      <main className="auth-main">{children}</main>
    </div>
  );
}
