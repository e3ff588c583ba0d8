import { Anchor, Badge, Breadcrumbs, Button, Card, Grid, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { Link, useParams, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useAccount } from "../../components/account.tsx";
import { NotFound } from "../../components/not-found.tsx";
import { QueryStatus } from "../../components/query-status.tsx";
import { rosterReaders } from "../../extensions/access.ts";
import type { UnitPageQuery as UnitPageResult } from "../../graphql/generated/graphql.ts";
import { toDateScalar } from "../../graphql/scalars.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { overviewPath } from "../overview/overview-params.ts";
import { UnitPageQuery } from "./operations.ts";
import { UnitIndicators } from "./unit-indicators.tsx";
import { UnitRecognition } from "./unit-recognition.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";

type Unit = NonNullable<UnitPageResult["unit"]>;
type Clusters = UnitPageResult["clusters"]["edges"];

const isDay = (value: string | null): value is string => value != null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * One unit: its details, who held its posts on a day (?asOf=, default today) with a link into the
 * roster filtered to it, its clusters and leader terms over the years, its figures year by year,
 * its commendations, exemplars and initiatives, and the units below it.
 */
export function UnitPage() {
  const { code = "" } = useParams();
  const { t, pick, enumLabel } = useI18n();
  const { role } = useAccount();
  const [params, setParams] = useSearchParams();
  const today = toDateScalar(new Date());
  const asOf = isDay(params.get("asOf")) ? (params.get("asOf") as string) : today;
  const withRoster = rosterReaders.includes(role);
  const [{ data, fetching, error }] = useQuery({ query: UnitPageQuery, variables: { code, asOf, withRoster } });
  const unit = data?.unit;
  if (data && !unit) return <NotFound />;

  return (
    <Stack gap="lg">
      <title>{unit ? pick(unit.name, unit.nameEn) : code}</title>
      <div>
        <Breadcrumbs component="nav" aria-label={t("nav.breadcrumb")} separator="›" fz="sm">
          <Anchor component={Link} to="/units" size="sm">
            {t("units.title")}
          </Anchor>
          {unit?.parent && (
            <Anchor component={Link} to={`/units/${encodeURIComponent(unit.parent.code)}`} size="sm">
              {pick(unit.parent.name, unit.parent.nameEn)}
            </Anchor>
          )}
        </Breadcrumbs>
        {unit && (
          <Text size="xs" fw={600} tt="uppercase" c="flag.7" style={{ letterSpacing: "0.06em" }}>
            {enumLabel("UnitKind", unit.kind)}
          </Text>
        )}
        <Title order={1} size="h2">
          {unit ? pick(unit.name, unit.nameEn) : code}
        </Title>
      </div>
      <QueryStatus fetching={fetching && !data} error={error} />
      {unit && data && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <UnitDetails unit={unit} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <ClusterHistory code={unit.code} clusters={data.clusters.edges} />
          </Grid.Col>
          {withRoster && (
            <Grid.Col span={12}>
              <UnitRoster
                unit={unit}
                asOf={asOf}
                isToday={asOf === today}
                onAsOf={(day) =>
                  setParams(
                    (current) => {
                      const next = new URLSearchParams(current);
                      if (day && day !== today) next.set("asOf", day);
                      else next.delete("asOf");
                      return next;
                    },
                    { replace: true },
                  )
                }
              />
            </Grid.Col>
          )}
          <Grid.Col span={12}>
            <UnitIndicators code={unit.code} />
          </Grid.Col>
          <Grid.Col span={12}>
            <UnitRecognition code={unit.code} />
          </Grid.Col>
          <Grid.Col span={12}>
            <UnitChildren unit={unit} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

function UnitDetails({ unit }: { unit: Unit }) {
  const { t, pick, enumLabel } = useI18n();
  const facts: Array<[string, React.ReactNode]> = [
    [t("common.code"), <code key="code">{unit.code}</code>],
    [t("common.name"), <span lang="vi">{unit.name}</span>],
    [t("common.nameEn"), <span lang="en">{unit.nameEn || t("common.none")}</span>],
    [t("common.shortName"), unit.shortName ?? t("common.none")],
    [t("common.kind"), enumLabel("UnitKind", unit.kind)],
    [
      t("unit.parent"),
      unit.parent ? <Link to={`/units/${encodeURIComponent(unit.parent.code)}`}>{pick(unit.parent.name, unit.parent.nameEn)}</Link> : t("common.none"),
    ],
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="unit-details-heading" h="100%">
      <Title order={2} size="h4" id="unit-details-heading" mb="sm">
        {t("unit.details")}
      </Title>
      {!unit.active && (
        <Badge color="gray" variant="outline" mb="sm">
          {t("units.inactive")}
        </Badge>
      )}
      <dl className="facts facts-wide">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** The clusters the unit belonged to, when, and the years it led one (with the handover). */
function ClusterHistory({ code, clusters }: { code: string; clusters: Clusters }) {
  const { t, pick, enumLabel, date } = useI18n();
  const memberships = clusters.flatMap(({ node: cluster }) =>
    cluster.memberships.filter((membership) => membership.unit.code === code).map((membership) => ({ cluster, membership })),
  );
  const terms = clusters
    .flatMap(({ node: cluster }) => cluster.leadershipTerms.filter((term) => term.unit.code === code).map((term) => ({ cluster, term })))
    .sort((a, b) => b.term.year - a.term.year);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="unit-clusters-heading" h="100%">
      <Title order={2} size="h4" id="unit-clusters-heading" mb="sm">
        {t("unit.clusterHistory")}
      </Title>
      {memberships.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("unit.noClusters")}
        </Text>
      ) : (
        <Stack gap={6} mb="md">
          {memberships.map(({ cluster, membership }) => (
            <Group key={`${cluster.number}-${membership.fromYear}`} gap="xs">
              <Anchor component={Link} to={overviewPath(cluster.number, membership.toYear ?? undefined)}>
                {pick(cluster.name, cluster.nameEn)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {membership.toYear ? t("unit.memberFromTo", { from: membership.fromYear, to: membership.toYear }) : t("unit.memberFrom", { from: membership.fromYear })}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      {terms.length > 0 && (
        <table className="data-table">
          <caption>
            {t("unit.leadership")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("unit.year")}</th>
              <th scope="col">{t("cluster.role")}</th>
              <th scope="col">{t("context.cluster")}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map(({ cluster, term }) => (
              <tr key={`${cluster.number}-${term.year}-${term.role}`}>
                <th scope="row">{term.year}</th>
                <td>
                  <Badge size="sm" variant={term.role === "LEADER" ? "filled" : "light"}>
                    {enumLabel("ClusterRole", term.role)}
                  </Badge>
                </td>
                <td>
                  <Anchor component={Link} to={overviewPath(cluster.number, term.year)} size="sm">
                    {pick(cluster.name, cluster.nameEn)}
                  </Anchor>
                  {term.handedOverAt && (
                    <Text size="xs" c="dimmed">
                      {t("unit.receivedOn", { date: date(term.handedOverAt) })}
                    </Text>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}

/** Who held the unit's posts on a day, how many served in it, and the roster filtered to it. */
function UnitRoster({ unit, asOf, isToday, onAsOf }: { unit: Unit; asOf: string; isToday: boolean; onAsOf(day: string | null): void }) {
  const { t, pick, enumLabel, date, integer } = useI18n();
  const posts = unit.posts?.edges.map((edge) => edge.node) ?? [];
  const heading = isToday ? t("unit.posts") : t("unit.postsOn", { date: date(asOf) });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="unit-posts-heading">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} size="h4" id="unit-posts-heading">
          {heading}
        </Title>
        <Group gap="sm" align="flex-end">
          <TextInput type="date" size="xs" label={t("unit.asOf")} value={asOf} onChange={(event) => onAsOf(event.currentTarget.value || null)} />
          <Button
            component={Link}
            to={`/people?${new URLSearchParams({ unit: unit.code, ...(isToday ? {} : { asOf }) })}`}
            size="xs"
            variant="light"
          >
            {t("unit.openRoster", { count: integer(unit.officers?.totalCount ?? 0) })}
          </Button>
        </Group>
      </Group>
      {posts.length === 0 ? (
        <Text c="dimmed">{t("state.empty")}</Text>
      ) : (
        <TableScroll minWidth={480}>
          <table className="data-table" aria-labelledby="unit-posts-heading">
            <thead>
              <tr>
                <th scope="col">{t("unit.postTitle")}</th>
                <th scope="col">{t("people.name")}</th>
                <th scope="col">{t("people.rank")}</th>
              </tr>
            </thead>
            <tbody>
              {posts.map((post) => (
                <tr key={post.id}>
                  <td>{pick(post.title, post.titleEn)}</td>
                  <th scope="row">
                    <Link to={`/people?${new URLSearchParams({ unit: unit.code, search: post.person.fullName, person: post.person.id })}`}>{post.person.fullName}</Link>
                  </th>
                  <td>{post.person.rank ? enumLabel("Rank", post.person.rank) : t("common.none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Card>
  );
}

function UnitChildren({ unit }: { unit: Unit }) {
  const { t, pick, enumLabel } = useI18n();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="unit-children-heading">
      <Title order={2} size="h4" id="unit-children-heading" mb="sm">
        {t("unit.children")}
      </Title>
      {unit.children.length === 0 ? (
        <Text c="dimmed">{t("unit.noChildren")}</Text>
      ) : (
        <TableScroll minWidth={480}>
          <table className="data-table" aria-labelledby="unit-children-heading">
            <thead>
              <tr>
                <th scope="col">{t("common.code")}</th>
                <th scope="col">{t("common.name")}</th>
                <th scope="col">{t("common.kind")}</th>
              </tr>
            </thead>
            <tbody>
              {unit.children.map((child) => (
                <tr key={child.code}>
                  <td>
                    <code>{child.code}</code>
                  </td>
                  <th scope="row">
                    <Link to={`/units/${encodeURIComponent(child.code)}`}>{pick(child.name, child.nameEn)}</Link>
                  </th>
                  <td>{enumLabel("UnitKind", child.kind)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Card>
  );
}
