import { Group, Text, ThemeIcon } from "@mantine/core";
import { IconStarFilled } from "@tabler/icons-react";
import { useI18n } from "../i18n/i18n.tsx";

/** The product's name and owner, as the header shows them. */
export function Brand() {
  const { t } = useI18n();
  return (
    <Group gap="sm" wrap="nowrap">
      <ThemeIcon color="flag.7" radius="xl" size={34} aria-hidden>
        <IconStarFilled size={18} color="var(--mantine-color-yellow-4)" />
      </ThemeIcon>
      <div className="brand-text">
        <Text fw={700} size="md" lh={1.2}>
          {t("app.name")}
        </Text>
        <Text size="xs" tt="uppercase" c="dimmed" lh={1.2} style={{ letterSpacing: "0.06em" }}>
          {t("app.owner")}
        </Text>
      </div>
    </Group>
  );
}
