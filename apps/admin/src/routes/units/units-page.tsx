import { Badge, Button, Card, Grid, Group, Stack, Text, TextInput, Title, Tree, type TreeNodeData, useTree } from "@mantine/core";
import { IconChevronRight, IconSearch } from "@tabler/icons-react";
import { type KeyboardEvent, useCallback, useEffect, useMemo, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useClient } from "urql";
import { useAccount } from "../../components/account.tsx";
import { QueryStatus } from "../../components/query-status.tsx";
import { rosterReaders } from "../../extensions/access.ts";
import type { UnitTreeQuery as UnitTreeResult } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { UnitTreeQuery } from "./operations.ts";
import { buildUnitTree, filterUnitTree, type UnitNode } from "./unit-tree.ts";

type Unit = UnitTreeResult["units"]["edges"][number]["node"];

/** Every unit, page after page (a page holds 1,000): the tree is filtered in the browser. */
function useAllUnits() {
  const client = useClient();
  const [state, setState] = useState<{ units: Unit[] | null; error?: Parameters<typeof QueryStatus>[0]["error"] }>({ units: null });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const units: Unit[] = [];
      let after: string | null = null;
      do {
        const result = await client.query(UnitTreeQuery, { after }).toPromise();
        if (cancelled) return;
        if (!result.data) {
          setState({ units: null, error: result.error });
          return;
        }
        units.push(...result.data.units.edges.map((edge) => edge.node));
        after = result.data.units.pageInfo.hasNextPage ? result.data.units.pageInfo.endCursor : null;
      } while (after);
      setState({ units });
    })();
    return () => {
      cancelled = true;
    };
  }, [client]);
  return state;
}

function toTreeData(nodes: readonly UnitNode<Unit>[], label: (unit: Unit) => string): TreeNodeData[] {
  return nodes.map((node) => ({
    value: node.unit.code,
    label: label(node.unit),
    children: node.children.length > 0 ? toTreeData(node.children, label) : undefined,
  }));
}

function collectCodes(nodes: readonly UnitNode<Unit>[], depth: number): string[] {
  return depth <= 0 ? [] : nodes.flatMap((node) => (node.children.length > 0 ? [node.unit.code, ...collectCodes(node.children, depth - 1)] : []));
}

/**
 * The unit tree: expand and collapse with the mouse or the keyboard (arrows, Space; Enter opens
 * the unit), search by name or code with or without diacritics (?q= in the address), and a panel
 * with the chosen unit's essentials.
 */
export function UnitsPage() {
  const { t, pick, enumLabel, integer } = useI18n();
  const { role } = useAccount();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  const { units, error } = useAllUnits();
  const byCode = useMemo(() => new Map((units ?? []).map((unit) => [unit.code, unit])), [units]);
  const roots = useMemo(() => buildUnitTree(units ?? []), [units]);
  const filtered = useMemo(() => filterUnitTree(roots, query), [roots, query]);
  const label = useCallback((unit: Unit) => unit.shortName ?? pick(unit.name, unit.nameEn), [pick]);
  const data = useMemo(() => toTreeData(filtered.roots, label), [filtered, label]);

  // open the first level at first, and every match's ancestors while searching
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  useEffect(() => {
    const open = query ? filtered.open : collectCodes(roots, 1);
    setExpanded(Object.fromEntries(open.map((code) => [code, true])));
  }, [query, filtered, roots]);
  const tree = useTree({ expandedState: expanded, onExpandedStateChange: setExpanded });
  const [selected, setSelected] = useState<string | null>(null);

  const chosen = selected ? byCode.get(selected) : undefined;
  const childCount = (code: string) => (units ?? []).filter((unit) => unit.parent?.code === code).length;

  const openOnEnter = (event: KeyboardEvent<HTMLUListElement>) => {
    const value = (event.target as HTMLElement).closest<HTMLElement>("[data-value]")?.dataset.value;
    if (event.key === "Enter" && value) navigate(`/units/${encodeURIComponent(value)}`);
  };

  return (
    <Stack gap="lg">
      <title>{t("units.title")}</title>
      <div>
        <Title order={1} size="h2">
          {t("units.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("units.intro")}
        </Text>
      </div>
      <QueryStatus fetching={!units && !error} error={error} />
      {units && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Card withBorder padding="lg">
              <TextInput
                type="search"
                label={t("units.search")}
                description={t("units.searchHint")}
                leftSection={<IconSearch size={14} aria-hidden />}
                value={query}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setParams((current) => {
                    const next = new URLSearchParams(current);
                    if (value) next.set("q", value);
                    else next.delete("q");
                    return next;
                  }, { replace: true });
                }}
                mb="sm"
              />
              <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
                {query ? t("units.matches", { count: integer(filtered.matches) }) : t("units.count", { count: integer(units.length) })}
              </Text>
              <Tree
                data={data}
                tree={tree}
                aria-label={t("units.treeLabel")}
                levelOffset="lg"
                selectOnClick
                onKeyDown={openOnEnter}
                onClick={(event) => {
                  const value = (event.target as HTMLElement).closest<HTMLElement>("[data-value]")?.dataset.value;
                  if (value) setSelected(value);
                }}
                onFocus={(event) => {
                  const value = (event.target as HTMLElement).closest<HTMLElement>("[data-value]")?.dataset.value;
                  if (value) setSelected(value);
                }}
                renderNode={({ node, expanded, hasChildren, elementProps }) => {
                  const unit = byCode.get(node.value);
                  return (
                    <Group gap={6} wrap="nowrap" {...elementProps} py={3}>
                      <IconChevronRight
                        size={14}
                        aria-hidden
                        style={{ visibility: hasChildren ? "visible" : "hidden", transform: expanded ? "rotate(90deg)" : undefined, transition: "transform 120ms", flexShrink: 0 }}
                      />
                      <Text size="sm" fw={node.value === selected ? 700 : 500} truncate>
                        {node.label}
                      </Text>
                      {unit && !unit.active && (
                        <Badge size="xs" color="gray" variant="outline">
                          {t("units.inactive")}
                        </Badge>
                      )}
                      <Text size="xs" c="dimmed" className="nowrap">
                        {node.value}
                      </Text>
                    </Group>
                  );
                }}
              />
              {query && filtered.matches === 0 && <Text c="dimmed">{t("units.none")}</Text>}
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder padding="lg" component="section" aria-labelledby="unit-summary-heading" pos="sticky" top={76}>
              {chosen ? (
                <Stack gap="xs">
                  <Text size="xs" fw={600} tt="uppercase" c="flag.7" style={{ letterSpacing: "0.06em" }}>
                    {enumLabel("UnitKind", chosen.kind)}
                  </Text>
                  <Title order={2} size="h4" id="unit-summary-heading">
                    {pick(chosen.name, chosen.nameEn)}
                  </Title>
                  <Text size="sm">
                    {t("common.code")}: <code>{chosen.code}</code>
                  </Text>
                  {chosen.parent && (
                    <Text size="sm">
                      {t("unit.parent")}: {label(byCode.get(chosen.parent.code) ?? chosen)}
                    </Text>
                  )}
                  <Text size="sm">{t("units.childCount", { count: integer(childCount(chosen.code)) })}</Text>
                  <Group gap="xs" mt="xs">
                    <Button component={Link} to={`/units/${encodeURIComponent(chosen.code)}`} size="sm">
                      {t("units.open")}
                    </Button>
                    {rosterReaders.includes(role) && (
                      <Button component={Link} to={`/people?unit=${encodeURIComponent(chosen.code)}`} size="sm" variant="default">
                        {t("units.roster")}
                      </Button>
                    )}
                  </Group>
                </Stack>
              ) : (
                <>
                  <Title order={2} size="h4" id="unit-summary-heading">
                    {t("units.summary")}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t("units.pickHint")}
                  </Text>
                </>
              )}
            </Card>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
