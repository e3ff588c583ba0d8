// Bulk import of officers or indicator values from a CSV or XLSX file, in two steps the API
// offers: a dry run that checks every row and writes nothing (its errors shown on their rows),
// then the commit, which writes every row or none. Loaded on demand (React.lazy).
import { Alert, Badge, Button, FileButton, Group, Modal, Progress, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { IconFileSpreadsheet } from "@tabler/icons-react";
import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql/generated/gql.ts";
import type { ImportOfficersMutation as ImportOfficersAnswer } from "../graphql/generated/graphql.ts";
import { issueMessageKey } from "../forms/issue-messages.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { fileAsCsv, parseCsv } from "./spreadsheet.ts";

const ImportOfficersMutation = graphql(`
  mutation ImportOfficers($input: ImportInput!) {
    importOfficers(input: $input) { dryRun rows committed created errors { row column code message } }
  }
`);
const ImportObservationsMutation = graphql(`
  mutation ImportObservations($input: ImportInput!) {
    importObservations(input: $input) { dryRun rows committed created errors { row column code message } }
  }
`);

export type ImportKind = "officers" | "observations";

/** The documented columns (README: Import and export), for the template a user can fill in. */
const templates: Record<ImportKind, string> = {
  officers:
    "service_number,full_name,rank,rank_from,rank_decision,unit_code,unit_from,post_title,post_title_en,post_from,gender,birth_date,email,phone,key",
  observations: "indicator_code,unit_code,granularity,period_start,value,numerator,denominator,source_note",
};

type Stage = "choose" | "reading" | "checking" | "checked" | "committing" | "done";
const stageProgress: Record<Stage, number> = { choose: 0, reading: 0, checking: 60, checked: 70, committing: 85, done: 100 };

/** Only rows up to this many are listed in the preview; every error is still listed. */
const previewRows = 200;

type Report = ImportOfficersAnswer["importOfficers"];

export default function ImportDialog({ kind, onClose }: { kind: ImportKind; onClose(): void }) {
  const { t, integer } = useI18n();
  const [, importOfficers] = useMutation(ImportOfficersMutation);
  const [, importObservations] = useMutation(ImportObservationsMutation);
  const [stage, setStage] = useState<Stage>("choose");
  const [readShare, setReadShare] = useState(0);
  const [fileName, setFileName] = useState<string | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(text: string, dryRun: boolean): Promise<Report | null> {
    const input = { input: { csv: text, dryRun } };
    const result = kind === "officers" ? await importOfficers(input) : await importObservations(input);
    const answer = result.data && ("importOfficers" in result.data ? result.data.importOfficers : result.data.importObservations);
    if (!answer) {
      const forbidden = result.error?.graphQLErrors.some((refusal) => refusal.extensions.code === "FORBIDDEN");
      setFailure(forbidden ? t("form.failure.forbidden") : (result.error?.message ?? ""));
      return null;
    }
    return answer;
  }

  async function choose(file: File | null) {
    if (!file) return;
    setFileName(file.name);
    setReport(null);
    setFailure(null);
    setStage("reading");
    setReadShare(0);
    try {
      const text = await fileAsCsv(file, setReadShare);
      setCsv(text);
      setStage("checking");
      const checked = await run(text, true);
      setReport(checked);
      setStage(checked ? "checked" : "choose");
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setStage("choose");
    }
  }

  async function commit() {
    if (!csv) return;
    setStage("committing");
    const committed = await run(csv, false);
    setReport(committed);
    setStage(committed?.committed ? "done" : "checked");
  }

  const preview = csv ? parseCsv(csv) : null;
  const errorsByRow = new Map<number, Report["errors"]>();
  for (const error of report?.errors ?? []) errorsByRow.set(error.row, [...(errorsByRow.get(error.row) ?? []), error]);
  const fileErrors = report?.errors.filter((error) => error.row <= 1) ?? [];
  const errorText = (error: Report["errors"][number]) => {
    const key = issueMessageKey(error.code, error.message);
    return `${error.column ? `${error.column}: ` : ""}${key ? t(key) : error.message}`;
  };
  const progress = stage === "reading" ? stageProgress.reading + readShare * 50 : stageProgress[stage];
  const working = stage === "reading" || stage === "checking" || stage === "committing";

  return (
    <Modal opened onClose={onClose} title={t(kind === "officers" ? "bulk.importOfficers" : "bulk.importObservations")} size="90%">
      <Stack>
        <Text size="sm">{t("bulk.importIntro")}</Text>
        <Group>
          <FileButton onChange={choose} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            {(props) => (
              <Button {...props} leftSection={<IconFileSpreadsheet size={16} aria-hidden />} disabled={working}>
                {fileName ? t("bulk.chooseAnother") : t("bulk.chooseFile")}
              </Button>
            )}
          </FileButton>
          <Button
            variant="subtle"
            component="a"
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${templates[kind]}\r\n`)}`}
            download={`${kind}-template.csv`}
          >
            {t("bulk.template")}
          </Button>
          {fileName && <Text c="dimmed">{fileName}</Text>}
        </Group>
        {stage !== "choose" && (
          <div>
            <Progress value={progress} animated={working} striped={working} aria-label={t("bulk.progress")} />
            <Text size="sm" c="dimmed" mt={4} aria-live="polite">
              {t(`bulk.stage.${stage}` as "bulk.stage.reading")}
            </Text>
          </div>
        )}
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {report && (
          <Alert color={report.errors.length > 0 ? "red" : "green"} role="status" title={report.committed ? t("bulk.committed", { count: integer(report.created) }) : undefined}>
            {report.errors.length > 0
              ? t("bulk.summaryErrors", { rows: integer(report.rows), errors: integer(report.errors.length), bad: integer(errorsByRow.size) })
              : report.committed
                ? null
                : t("bulk.summaryOk", { rows: integer(report.rows) })}
            {fileErrors.map((error) => (
              <div key={`${error.code}-${error.column}`}>{errorText(error)}</div>
            ))}
          </Alert>
        )}
        {preview && report && !report.committed && (
          <ScrollArea.Autosize mah="50vh" type="auto">
            <Table striped withTableBorder stickyHeader aria-label={t("bulk.preview")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("bulk.row")}</Table.Th>
                  <Table.Th scope="col">{t("bulk.problems")}</Table.Th>
                  {preview.header.map((name) => (
                    <Table.Th key={name} scope="col">
                      {name}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.map((cells, index) => {
                  const line = index + 2;
                  const errors = errorsByRow.get(line);
                  if (index >= previewRows && !errors) return null;
                  return (
                    <Table.Tr key={line} data-invalid={errors ? true : undefined} bg={errors ? "var(--mantine-color-red-light)" : undefined}>
                      <Table.Th scope="row">{line}</Table.Th>
                      <Table.Td>
                        {errors ? (
                          errors.map((error) => (
                            <Text key={`${error.code}-${error.column}`} size="sm" c="red">
                              {errorText(error)}
                            </Text>
                          ))
                        ) : (
                          <Badge color="green" variant="light">
                            {t("bulk.rowOk")}
                          </Badge>
                        )}
                      </Table.Td>
                      {preview.header.map((name, column) => (
                        <Table.Td key={name}>{cells[column]}</Table.Td>
                      ))}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {stage === "done" ? t("form.close") : t("form.cancel")}
          </Button>
          {stage !== "done" && (
            <Button onClick={commit} disabled={!report || report.errors.length > 0 || working} loading={stage === "committing"}>
              {report ? t("bulk.commit", { count: integer(report.rows) }) : t("bulk.commitEmpty")}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
