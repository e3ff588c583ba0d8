import { Link } from "react-router";
import { useI18n } from "../i18n/i18n.tsx";

export function NotFound() {
  const { t } = useI18n();
  return (
    <section className="card">
      <h1>{t("state.notFound")}</h1>
      <p>
        <Link to="/">{t("state.backHome")}</Link>
      </p>
    </section>
  );
}
