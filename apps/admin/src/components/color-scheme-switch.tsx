import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from "@mantine/core";
import { IconMoon, IconSun } from "@tabler/icons-react";
import { useI18n } from "../i18n/i18n.tsx";

/** Light or dark; Mantine remembers the choice in this browser (see app-providers.tsx). */
export function ColorSchemeSwitch() {
  const { t } = useI18n();
  const { setColorScheme } = useMantineColorScheme();
  const dark = useComputedColorScheme("light") === "dark";
  const label = dark ? t("theme.toLight") : t("theme.toDark");
  return (
    <ActionIcon variant="default" size="lg" aria-label={label} title={label} onClick={() => setColorScheme(dark ? "light" : "dark")}>
      {dark ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
    </ActionIcon>
  );
}
