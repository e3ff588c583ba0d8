import { Badge, Button, Group, Modal, Stack, Table, Text } from "@mantine/core";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/vi.ts";
import type { Conflict } from "./mutation-form.ts";

/** One field of the form, as the other person saved it and as this user entered it. */
export interface ConflictField {
  label: MessageKey;
  theirs: string;
  mine: string;
}

/**
 * Someone else saved the record first: both versions side by side, the fields that differ marked,
 * and two ways on — reapply this user's change over the saved version, or take the saved version.
 */
export function ConflictDialog({
  conflict,
  fields,
  onReapply,
  onDiscard,
}: {
  conflict: Conflict | null;
  fields: readonly ConflictField[];
  onReapply(): void;
  onDiscard(): void;
}) {
  const { t } = useI18n();
  return (
    <Modal opened={conflict !== null} onClose={onDiscard} title={t("conflict.title")} size="lg" centered>
      {conflict && (
        <Stack>
          <Text size="sm">{t("conflict.intro", { version: conflict.currentVersion })}</Text>
          <Table withTableBorder striped aria-label={t("conflict.title")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("conflict.field")}</Table.Th>
                <Table.Th scope="col">{t("conflict.theirs")}</Table.Th>
                <Table.Th scope="col">{t("conflict.mine")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((field) => {
                const differs = field.theirs !== field.mine;
                return (
                  <Table.Tr key={field.label} data-differs={differs || undefined}>
                    <Table.Th scope="row">
                      {t(field.label)}{" "}
                      {differs && (
                        <Badge size="xs" color="orange" variant="light">
                          {t("conflict.differs")}
                        </Badge>
                      )}
                    </Table.Th>
                    <Table.Td>{field.theirs || t("common.none")}</Table.Td>
                    <Table.Td fw={differs ? 600 : undefined}>{field.mine || t("common.none")}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Button variant="default" onClick={onDiscard}>
              {t("conflict.discard")}
            </Button>
            <Button onClick={onReapply}>{t("conflict.reapply")}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
