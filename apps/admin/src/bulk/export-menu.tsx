import { Button, Menu } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { personFilterOf, type RosterView } from "../routes/people/roster-params.ts";

/**
 * The API's export route for the roster's view: the search, the day and the roster's own
 * PersonFilter (unit subtree, cluster, rank range, post) as JSON, so the file has the rows shown.
 */
export function peopleExportUrl(view: RosterView, asOf: string): string {
  const params = new URLSearchParams({ asOf });
  if (view.search) params.set("search", view.search);
  const filter = personFilterOf(view);
  if (filter) params.set("filter", JSON.stringify(filter));
  return `/export/people.csv?${params}`;
}

/** CSV straight from the API (a download); XLSX made in the browser from the same CSV. */
export function ExportMenu({ view, asOf }: { view: RosterView; asOf: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const url = peopleExportUrl(view, asOf);

  async function downloadWorkbook() {
    setBusy(true);
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.ok) throw new Error(`${response.status}`);
      const { saveCsvAsWorkbook } = await import("./spreadsheet.ts");
      await saveCsvAsWorkbook(await response.text(), `people-${asOf}.xlsx`, t("people.title"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={busy}>
          {t("bulk.export")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={url} download={`people-${asOf}.csv`}>
          {t("bulk.exportCsv")}
        </Menu.Item>
        <Menu.Item onClick={downloadWorkbook}>{t("bulk.exportXlsx")}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
