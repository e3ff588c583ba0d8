import { type Locale, locales } from "@thidua/domain/labels";
import { useI18n } from "../i18n/i18n.tsx";

const shortLabel: { readonly [L in Locale]: string } = { vi: "VI", en: "EN" };

/** Two toggle buttons; each names its language in that language and says which one is on. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("language.label")}</legend>
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          aria-label={t(`language.${option}`)}
          onClick={() => setLocale(option)}
        >
          {shortLabel[option]}
        </button>
      ))}
    </fieldset>
  );
}
