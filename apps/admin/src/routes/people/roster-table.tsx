// The roster as one long, smooth list over any number of people: pages of the API's cursor
// connection are loaded as the user scrolls near the end, and only the rows in view (plus a few)
// are in the DOM. Each page is its own query, so graphcache keeps every loaded row current and a
// list a change invalidates refetches page by page, without losing the others.
import { Anchor, Badge, Box, Center, Loader, Text, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconSelector } from "@tabler/icons-react";
import { createColumnHelper, rowSortingFeature, type SortingState, tableFeatures, useTable } from "@tanstack/react-table";
import { observeElementRect, useVirtualizer } from "@tanstack/react-virtual";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { type CombinedError, useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import type { PeopleOrderBy, PersonFilter, RosterRowFieldsFragment } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { RosterPageQuery } from "./operations.ts";
import "./roster.css";
import { withRosterParams } from "./roster-params.ts";

/** Rows per request; the API allows up to 100. */
export const rosterPageSize = 50;
const rowHeight = 56;
const unmeasured = { width: 1000, height: 640 };

export interface RosterQueryVariables {
  search: string | null;
  filter: PersonFilter | null;
  orderBy: PeopleOrderBy[];
  asOf: string;
}

interface Page {
  totalCount: number;
  rows: RosterRowFieldsFragment[];
  hasNextPage: boolean;
  endCursor: string | null;
}

interface PageState {
  page: Page | null;
  fetching: boolean;
  error: CombinedError | undefined;
}

/** One page's query; it renders nothing and reports what it holds to the table. */
const PageLoader = memo(function PageLoader({
  index,
  after,
  variables,
  refreshKey,
  onState,
}: {
  index: number;
  after: string | null;
  variables: RosterQueryVariables;
  refreshKey: number;
  onState(index: number, state: PageState): void;
}) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RosterPageQuery, variables: { ...variables, first: rosterPageSize, after } });
  useEffect(() => {
    if (refreshKey > 0) reexecute({ requestPolicy: "network-only" });
  }, [refreshKey, reexecute]);
  const people = data?.people;
  useEffect(() => {
    const page = people
      ? {
          totalCount: people.totalCount,
          rows: people.edges.map((edge) => edge.node),
          hasNextPage: people.pageInfo.hasNextPage,
          endCursor: people.pageInfo.endCursor ?? null,
        }
      : null;
    onState(index, { page, fetching, error });
  }, [people, fetching, error, index, onState]);
  return null;
});

const features = tableFeatures({ rowSortingFeature });
const column = createColumnHelper<typeof features, RosterRowFieldsFragment>();

export function RosterTable({
  variables,
  refreshKey,
  sorting,
  onSortingChange,
}: {
  variables: RosterQueryVariables;
  /** Changed when the loaded pages must be read again (a change may have moved people in or out). */
  refreshKey: number;
  sorting: SortingState;
  onSortingChange(sorting: SortingState): void;
}) {
  const { t, pick, enumLabel, integer } = useI18n();
  const [params] = useSearchParams();
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [pages, setPages] = useState<PageState[]>([]);
  const onState = useCallback((index: number, state: PageState) => {
    setPages((current) => {
      const next = [...current];
      next[index] = state;
      return next;
    });
  }, []);

  // every row once, in page order (a row moving between pages while they refetch shows once)
  const rows = useMemo(() => {
    const seen = new Set<string>();
    const all: RosterRowFieldsFragment[] = [];
    for (const state of pages) {
      for (const row of state?.page?.rows ?? []) {
        if (!seen.has(row.id)) {
          seen.add(row.id);
          all.push(row);
        }
      }
    }
    return all;
  }, [pages]);
  const first = pages[0];
  const last = pages[cursors.length - 1];
  const totalCount = first?.page?.totalCount ?? null;

  const personLink = useCallback((id: string) => `?${withRosterParams(params, { person: id })}`, [params]);

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor("fullName", {
          id: "name",
          header: () => t("people.name"),
          enableSorting: true,
          cell: ({ row }) => (
            <Anchor component={Link} to={personLink(row.original.id)} fw={600} underline="hover">
              {row.original.fullName}
            </Anchor>
          ),
        }),
        column.display({
          id: "rank",
          header: () => t("people.rank"),
          cell: ({ row }) =>
            row.original.rank ? (
              enumLabel("Rank", row.original.rank)
            ) : (
              <Text span c="dimmed" size="sm">
                {row.original.isOfficer ? t("roster.noRank") : t("common.civilian")}
              </Text>
            ),
        }),
        column.display({
          id: "post",
          header: () => t("people.post"),
          cell: ({ row }) => {
            const post = row.original.posts[0];
            return post ? pick(post.title, post.titleEn) : <Text span c="dimmed">{t("common.none")}</Text>;
          },
        }),
        column.display({
          id: "unit",
          header: () => t("people.unit"),
          cell: ({ row }) => {
            const unit = row.original.assignments[0]?.unit ?? row.original.posts[0]?.unit;
            if (unit) return unit.shortName ?? unit.name;
            return row.original.posts[0]?.organisation ?? <Text span c="dimmed">{t("common.none")}</Text>;
          },
        }),
      ]),
    [t, pick, enumLabel, personLink],
  );

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(typeof updater === "function" ? updater(sorting) : updater),
  });
  const tableRows = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    // before the first measurement, and where the box has no layout (a DOM without CSS, as in
    // tests), a viewport-sized window of rows rather than none
    initialRect: unmeasured,
    observeElementRect: (instance, onRect) => observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : unmeasured)),
  });
  const items = virtualizer.getVirtualItems();
  const lastVisible = items[items.length - 1]?.index ?? -1;

  // the next page once the user nears the end of what is loaded
  useEffect(() => {
    const page = last?.page;
    if (!page?.hasNextPage || !page.endCursor || last?.fetching) return;
    if (lastVisible >= rows.length - 15 && !cursors.includes(page.endCursor)) {
      setCursors((current) => [...current, page.endCursor]);
    }
  }, [last, lastVisible, rows.length, cursors]);

  const error = pages.find((state) => state?.error)?.error;
  const loading = pages.length < cursors.length || pages.some((state) => state?.fetching);

  return (
    <Box>
      {cursors.map((after, index) => (
        <PageLoader key={after ?? ""} index={index} after={after} variables={variables} refreshKey={refreshKey} onState={onState} />
      ))}
      <Text size="sm" c="dimmed" aria-live="polite" mb="xs">
        {totalCount === null ? t("state.loading") : t("people.results", { count: integer(totalCount) })}
        {totalCount !== null && rows.length < totalCount && ` · ${t("roster.loaded", { count: integer(rows.length) })}`}
      </Text>
      <QueryStatus fetching={false} error={error} />
      {totalCount === 0 ? (
        <Text py="lg">{t("people.none")}</Text>
      ) : (
        <div ref={scrollRef} className="roster-scroll" data-testid="roster-scroll">
          <table className="roster-table" aria-rowcount={(totalCount ?? rows.length) + 1} aria-busy={loading}>
            <caption className="visually-hidden">{t("people.title")}</caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id} className="roster-row" aria-rowindex={1}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        className={`roster-cell roster-cell-${header.id}`}
                        aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                      >
                        {header.column.getCanSort() ? (
                          <UnstyledButton onClick={header.column.getToggleSortingHandler()} className="roster-sort">
                            <table.FlexRender header={header} />
                            {sorted === "asc" ? (
                              <IconArrowUp size={14} aria-hidden />
                            ) : sorted === "desc" ? (
                              <IconArrowDown size={14} aria-hidden />
                            ) : (
                              <IconSelector size={14} aria-hidden />
                            )}
                          </UnstyledButton>
                        ) : (
                          <table.FlexRender header={header} />
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody style={{ height: virtualizer.getTotalSize() }}>
              {items.map((item) => {
                const row = tableRows[item.index];
                if (!row) return null;
                return (
                  <tr
                    key={row.id}
                    className="roster-row"
                    aria-rowindex={item.index + 2}
                    data-selected={params.get("person") === row.id || undefined}
                    style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                  >
                    {row.getAllCells().map((cell) =>
                      cell.column.id === "name" ? (
                        <th key={cell.id} scope="row" className="roster-cell roster-cell-name">
                          <table.FlexRender cell={cell} />
                        </th>
                      ) : (
                        <td key={cell.id} className={`roster-cell roster-cell-${cell.column.id}`}>
                          <table.FlexRender cell={cell} />
                        </td>
                      ),
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {loading && (
            <Center py="sm">
              <Loader size="sm" aria-label={t("state.loading")} />
            </Center>
          )}
        </div>
      )}
      {totalCount !== null && rows.length >= totalCount && totalCount > rosterPageSize && (
        <Badge variant="light" color="gray" mt="xs">
          {t("roster.endOfList")}
        </Badge>
      )}
    </Box>
  );
}
