// The roster (danh sách CBCS): the filtered, sorted, endless list of people, a person's drawer,
// and the admin's tools around it — a new officer, bulk import, export.
import { Button, Group, Modal, Stack, Title } from "@mantine/core";
import { IconUserPlus } from "@tabler/icons-react";
import type { SortingState } from "@tanstack/react-table";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { useClient } from "urql";
import { ExportMenu } from "../../bulk/export-menu.tsx";
import { useWriteAccess } from "../../forms/write-access.ts";
import { toDateScalar } from "../../graphql/scalars.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { globalId } from "../../live/global-id.ts";
import { useLiveChanges } from "../../live/use-live-changes.ts";
import { RosterRefreshQuery } from "./operations.ts";
import { PersonDrawer } from "./person-drawer.tsx";
import { CreateOfficerForm } from "./person-forms.tsx";
import { RosterFilters } from "./roster-filters.tsx";
import { orderByOf, personFilterOf, readRosterView, withRosterParams } from "./roster-params.ts";
import { RosterTable } from "./roster-table.tsx";

// the import (file reading, XLSX, preview) is loaded only when opened
const ImportDialog = lazy(() => import("../../bulk/import-dialog.tsx"));

export function PeoplePage() {
  const { t } = useI18n();
  const client = useClient();
  const access = useWriteAccess();
  const [params, setParams] = useSearchParams();
  const view = readRosterView(params);
  const asOf = view.asOf ?? toDateScalar(new Date());
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  // bumped when a change elsewhere may add people to this view or take them out of it
  const [generation, setGeneration] = useState(0);

  const filter = useMemo(() => personFilterOf(view), [view.unit, view.cluster, view.rankFrom, view.rankTo, view.post]);
  const variables = useMemo(
    () => ({ search: view.search, filter, orderBy: orderByOf(view), asOf }),
    [view.search, filter, view.sort.direction, asOf],
  );
  const sorting: SortingState = [{ id: "name", desc: view.sort.direction === "DESC" }];

  const update = useCallback(
    (changes: Record<string, string | null>) => setParams((current) => withRosterParams(current, changes), { replace: true }),
    [setParams],
  );

  useLiveChanges("roster", (change) => {
    const aboutPeople = change.entityType === "Person" || change.entityType === "Officer";
    if (aboutPeople && change.action === "UPDATE") {
      // the rows update in place wherever they are shown
      const ids = change.entityIds.map((id) => globalId("Person", id));
      void client.query(RosterRefreshQuery, { ids, asOf }, { requestPolicy: "network-only" }).toPromise();
      // a promotion or transfer may move someone into or out of a filtered view
      if (filter || view.search) setGeneration((current) => current + 1);
    } else {
      setGeneration((current) => current + 1);
    }
  });

  const mayCreate = access.role === "ADMIN" || access.role === "UNIT_EDITOR";

  return (
    <Stack gap="md">
      <title>{t("people.title")}</title>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("people.title")}</Title>
        <Group gap="xs">
          {mayCreate && (
            <>
              <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
                {t("person.create")}
              </Button>
              <Button variant="light" onClick={() => setImporting(true)}>
                {t("bulk.import")}
              </Button>
            </>
          )}
          {access.role && access.role !== "VIEWER" && <ExportMenu view={view} asOf={asOf} />}
        </Group>
      </Group>
      <RosterFilters view={view} onChange={update} />
      <RosterTable
        key={JSON.stringify(variables)}
        variables={variables}
        refreshKey={generation}
        sorting={sorting}
        onSortingChange={(next) => update({ sort: next[0]?.desc ? "-name" : null })}
      />
      <PersonDrawer personId={params.get("person")} asOf={asOf} onClose={() => update({ person: null })} />
      <Modal opened={creating} onClose={() => setCreating(false)} title={t("person.create")} size="xl">
        {creating && (
          <CreateOfficerForm
            asOf={asOf}
            onCancel={() => setCreating(false)}
            onCreated={(id) => {
              setCreating(false);
              update({ person: id });
            }}
          />
        )}
      </Modal>
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog kind="officers" onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </Stack>
  );
}
