import { Button, Group } from "@mantine/core";
import { type Locale, locales } from "@thidua/domain/labels";
import { useI18n } from "../i18n/i18n.tsx";

const shortLabel: { readonly [L in Locale]: string } = { vi: "VI", en: "EN" };

/** Two toggle buttons; each names its language in that language and says which one is on. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Group component="fieldset" gap={0} m={0} p={0} style={{ border: 0 }}>
      <legend className="visually-hidden">{t("language.label")}</legend>
      <Button.Group>
        {locales.map((option) => (
          <Button
            key={option}
            size="xs"
            variant={option === locale ? "filled" : "default"}
            lang={option}
            aria-pressed={option === locale}
            aria-label={t(`language.${option}`)}
            onClick={() => setLocale(option)}
          >
            {shortLabel[option]}
          </Button>
        ))}
      </Button.Group>
    </Group>
  );
}
