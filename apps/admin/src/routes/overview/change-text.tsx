import { Text } from "@mantine/core";
import { IconArrowDownRight, IconArrowsRightLeft, IconArrowUpRight } from "@tabler/icons-react";
import type { ChangeAssessment } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";

const colours: { readonly [A in ChangeAssessment]: string } = { BETTER: "teal.8", WORSE: "flag.7", UNCHANGED: "dimmed" };

/**
 * A change on the year before: signed, coloured by whether it is better or worse for this
 * indicator (fewer traffic deaths is better), with the verdict in words for screen readers.
 */
export function ChangeText({
  change,
  kind,
  assessment,
  size = "sm",
}: {
  change: number | null | undefined;
  kind: "points" | "percent";
  assessment: ChangeAssessment | null | undefined;
  size?: "xs" | "sm";
}) {
  const { t, change: formatChange } = useI18n();
  if (change == null) return <Text size={size} c="dimmed" span>{t("common.none")}</Text>;
  const Arrow = change > 0 ? IconArrowUpRight : change < 0 ? IconArrowDownRight : IconArrowsRightLeft;
  return (
    <Text size={size} fw={600} c={assessment ? colours[assessment] : "dimmed"} span className="nowrap">
      <Arrow size={14} aria-hidden style={{ verticalAlign: "-2px", marginRight: 2 }} />
      {formatChange(change, kind)}
      {assessment && <span className="visually-hidden"> ({t(`change.${assessment}`)})</span>}
    </Text>
  );
}
