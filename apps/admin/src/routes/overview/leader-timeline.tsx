import { Badge, Card, Group, Text, Timeline, Title } from "@mantine/core";
import { IconArrowsExchange, IconFlag } from "@tabler/icons-react";
import { Link } from "react-router";
import type { LeadershipTermItemFragment } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";

type Term = LeadershipTermItemFragment;

/**
 * The cluster's leader (and deputy) year by year, oldest first. A term that began with a handover
 * names the unit it came from (the same role's term the year before), the day and the conference.
 */
export function LeaderTimeline({ terms, selectedYear }: { terms: readonly Term[]; selectedYear: number }) {
  const { t, date, pick, enumLabel } = useI18n();
  const byYear = new Map<number, Term[]>();
  for (const term of [...terms].sort((a, b) => a.year - b.year)) {
    byYear.set(term.year, [...(byYear.get(term.year) ?? []), term]);
  }
  // LEADER before DEPUTY_LEADER, the order of the domain's enum
  const roleOrder = (term: Term) => (term.role === "LEADER" ? 0 : 1);
  const previous = (term: Term) => byYear.get(term.year - 1)?.find((other) => other.role === term.role);
  const years = [...byYear.keys()];
  const active = years.filter((year) => year <= selectedYear).length - 1;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="leader-timeline-heading" h="100%">
      <Title order={2} size="h4" id="leader-timeline-heading" mb="md">
        {t("cluster.timeline")}
      </Title>
      {byYear.size === 0 ? (
        <Text c="dimmed">{t("state.empty")}</Text>
      ) : (
        <Timeline active={active} bulletSize={22} lineWidth={2} component="ol" className="plain-list">
          {[...byYear].map(([year, yearTerms]) => (
            <Timeline.Item
              key={year}
              component="li"
              bullet={yearTerms.some((term) => term.handedOverAt) ? <IconArrowsExchange size={12} aria-hidden /> : <IconFlag size={12} aria-hidden />}
              title={
                <Text fw={year === selectedYear ? 700 : 600} size="sm" component="h3" m={0}>
                  {year}
                  {year === selectedYear && <span className="visually-hidden"> ({t("cluster.selectedYear")})</span>}
                </Text>
              }
            >
              {yearTerms.sort((a, b) => roleOrder(a) - roleOrder(b)).map((term) => {
                const from = previous(term);
                return (
                  <div key={term.role} data-testid={term.role === "LEADER" ? `leader-${year}` : undefined} className="term">
                    {/* the badge keeps its label's width ("DEPUTY CLUSTER LEADER" was cut); the unit wraps below it */}
                    <Group gap={6} mt={4}>
                      <Badge size="xs" variant={term.role === "LEADER" ? "filled" : "light"} color={term.role === "LEADER" ? "ministry" : "gray"} miw="max-content">
                        {enumLabel("ClusterRole", term.role)}
                      </Badge>
                      <Link to={`/units/${encodeURIComponent(term.unit.code)}`}>{term.unit.shortName ?? term.unit.name}</Link>
                    </Group>
                    {term.handedOverAt && (
                      <Text size="xs" c="dimmed" mt={4} className="handover">
                        {t("cluster.handover", {
                          from: from ? (from.unit.shortName ?? from.unit.name) : t("common.none"),
                          date: date(term.handedOverAt),
                        })}
                        {term.handedOverAtEvent && <> {t("cluster.handoverAt", { event: pick(term.handedOverAtEvent.title, term.handedOverAtEvent.titleEn) })}</>}
                        {term.receivedBy && <span className="secondary">{t("cluster.receivedBy", { name: term.receivedBy.fullName })}</span>}
                      </Text>
                    )}
                  </div>
                );
              })}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}
