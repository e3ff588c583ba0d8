// Officers (CBCS) from CSV: one row per officer with the first rank, the unit served in and
// optionally a post there. Each row is the domain's createOfficerInput (and assignPostInput).
import { assignPostInput, createOfficerInput } from "@thidua/domain/inputs/people";
import { searchKeyOf } from "@thidua/domain/text";
import type { Officer, Person, PostAssignment, RankGrant, UnitAssignment } from "@thidua/db/prisma";
import { type ColumnSpec, dateCell, enumCell } from "./csv.js";
import { auditColumns, changesByUnit, type Columns, type Db, type Importer, insertRows, reserveIds } from "./import.js";
import { issuesToErrors, type RowError } from "./report.js";
import { loadUnits, unitErrors } from "./units.js";

export const officerColumns = [
  { name: "service_number", vi: "Số hiệu", required: true },
  { name: "full_name", vi: "Họ và tên", required: true },
  { name: "rank", vi: "Cấp bậc", required: true },
  { name: "rank_from", vi: "Ngày nhận cấp bậc", required: true },
  { name: "rank_decision", vi: "Số quyết định", required: false },
  { name: "unit_code", vi: "Mã đơn vị", required: true },
  { name: "unit_from", vi: "Ngày về đơn vị", required: true },
  { name: "post_title", vi: "Chức vụ", required: false },
  { name: "post_title_en", vi: "Chức vụ tiếng Anh", required: false },
  { name: "post_from", vi: "Ngày nhận chức vụ", required: false },
  { name: "gender", vi: "Giới tính", required: false },
  { name: "birth_date", vi: "Ngày sinh", required: false },
  { name: "email", vi: "Thư điện tử", required: false },
  { name: "phone", vi: "Điện thoại", required: false },
  { name: "key", vi: "Mã nguồn", required: false },
] as const satisfies ReadonlyArray<ColumnSpec>;

export type OfficerColumn = (typeof officerColumns)[number]["name"];

/** Written by the people export for reading; not imported. */
export const peopleExportOnlyColumns = ["organisation", "unit_name"] as const;

/** Where each input field of the schemas comes from in the file. */
const columnOfField: Record<string, OfficerColumn> = {
  key: "key",
  fullName: "full_name",
  gender: "gender",
  birthDate: "birth_date",
  email: "email",
  phone: "phone",
  serviceNumber: "service_number",
  rank: "rank",
  rankEffectiveFrom: "rank_from",
  rankDecisionNumber: "rank_decision",
  unitId: "unit_code",
  unitEffectiveFrom: "unit_from",
  title: "post_title",
  titleEn: "post_title_en",
  effectiveFrom: "post_from",
};
const columnOf = (path: readonly PropertyKey[]) => columnOfField[String(path[0])] ?? null;

// assignPostInput names the person, who does not exist before the commit; the row creates them.
const PERSON_CREATED_BY_THE_ROW = 1;

interface OfficerRow {
  row: number;
  officer: ReturnType<typeof createOfficerInput.parse>;
  post: ReturnType<typeof assignPostInput.parse> | null;
}

export const officerImporter: Importer<OfficerColumn, OfficerRow> = {
  columns: officerColumns,
  ignored: peopleExportOnlyColumns,
  topic: "roster",

  async check(records, { db, mayWrite }) {
    const units = await loadUnits(db);
    const errors: RowError[] = [];
    const rows: OfficerRow[] = [];
    const firstRowOf = { serviceNumber: new Map<string, number>(), key: new Map<string, number>() };

    for (const { row, cells } of records) {
      const rowErrors: RowError[] = [];
      const unit = units.byCode.get(cells.unit_code);
      rowErrors.push(...(await unitErrors(row, "unit_code", cells.unit_code, unit, mayWrite)));
      const officer = createOfficerInput.safeParse({
        key: cells.key,
        fullName: cells.full_name,
        gender: cells.gender === "" ? null : enumCell("Gender", cells.gender),
        birthDate: dateCell(cells.birth_date),
        email: cells.email,
        phone: cells.phone,
        serviceNumber: cells.service_number,
        rank: enumCell("Rank", cells.rank),
        rankEffectiveFrom: dateCell(cells.rank_from),
        rankDecisionNumber: cells.rank_decision,
        unitId: unit?.id,
        unitEffectiveFrom: dateCell(cells.unit_from),
      });
      // the unit is checked above, by code
      const issues = (officer.error?.issues ?? []).filter((issue) => issue.path[0] !== "unitId");
      rowErrors.push(...issuesToErrors(row, issues, columnOf));

      const hasPost = cells.post_title !== "" || cells.post_title_en !== "" || cells.post_from !== "";
      const post = hasPost
        ? assignPostInput.safeParse({
            personId: PERSON_CREATED_BY_THE_ROW,
            unitId: unit?.id ?? null,
            title: cells.post_title,
            titleEn: cells.post_title_en,
            effectiveFrom: dateCell(cells.post_from),
          })
        : null;
      const postIssues = (post?.error?.issues ?? []).filter((issue) => issue.path[0] !== "unitId" && issue.path[0] !== "personId");
      rowErrors.push(...issuesToErrors(row, postIssues, columnOf));

      // the cells as written (trimmed), so that a row with other errors is checked for duplicates too
      for (const [field, column] of [["serviceNumber", "service_number"], ["key", "key"]] as const) {
        const value = cells[column];
        if (value === "") continue;
        const first = firstRowOf[field].get(value);
        if (first === undefined) firstRowOf[field].set(value, row);
        else rowErrors.push({ row, column, code: "duplicateInFile", message: `"${value}" is also on row ${first}` });
      }

      errors.push(...rowErrors);
      if (rowErrors.length === 0 && officer.success) rows.push({ row, officer: officer.data, post: post?.data ?? null });
    }

    errors.push(...(await existing(db, records.length > 0 ? firstRowOf : null)));
    return { rows: errors.length === 0 ? rows : [], errors };
  },

  async write(tx, rows, { accountId, requestId }) {
    const now = new Date();
    const source = "IMPORTED" as const;
    const day = (iso: string | null | undefined) => (iso ? new Date(iso) : null);
    const personIds = await reserveIds(tx, "person", rows.length);
    const grantIds = await reserveIds(tx, "rank_grant", rows.length);
    const assignmentIds = await reserveIds(tx, "unit_assignment", rows.length);
    const postIds = await reserveIds(tx, "post_assignment", rows.filter((row) => row.post).length);

    // the rows exactly as inserted, and so the audit snapshot of createOfficer's shape
    const officers: ImportedOfficer[] = rows.map(({ officer, post }, index) => {
      const personId = personIds[index]!;
      const unitAssignment: UnitAssignment = {
        id: assignmentIds[index]!,
        personId,
        unitId: officer.unitId,
        effectiveFrom: new Date(officer.unitEffectiveFrom),
        effectiveTo: null,
        source,
        version: 1,
        createdAt: now,
      };
      const posts: PostAssignment[] = post
        ? [
            {
              id: postIds.shift()!,
              personId,
              unitId: officer.unitId,
              organisation: null,
              title: post.title,
              titleEn: post.titleEn,
              effectiveFrom: day(post.effectiveFrom),
              effectiveTo: null,
              attestedOn: null,
              source,
              version: 1,
              createdAt: now,
            },
          ]
        : [];
      return {
        personId,
        serviceNumber: officer.serviceNumber,
        retiredAt: null,
        version: 1,
        rankGrants: [
          {
            id: grantIds[index]!,
            officerId: personId,
            rank: officer.rank,
            effectiveFrom: new Date(officer.rankEffectiveFrom),
            effectiveTo: null,
            attestedOn: null,
            decisionNumber: officer.rankDecisionNumber ?? null,
            source,
            version: 1,
            createdAt: now,
          },
        ],
        person: {
          id: personId,
          key: officer.key ?? null,
          fullName: officer.fullName,
          searchKey: searchKeyOf(officer.fullName),
          gender: officer.gender ?? null,
          birthDate: day(officer.birthDate),
          organisation: null,
          email: officer.email ?? null,
          phone: officer.phone ?? null,
          source,
          version: 1,
          createdAt: now,
          updatedAt: now,
          unitAssignments: [unitAssignment],
          posts,
        },
      };
    });

    await insertRows(tx, "person", personColumns, officers.map((officer) => officer.person));
    await insertRows(tx, "officer", officerTableColumns, officers);
    await insertRows(tx, "rank_grant", rankGrantColumns, officers.flatMap((officer) => officer.rankGrants));
    await insertRows(tx, "unit_assignment", unitAssignmentColumns, officers.flatMap((officer) => officer.person.unitAssignments));
    await insertRows(tx, "post_assignment", postColumns, officers.flatMap((officer) => officer.person.posts));
    // one audit row per officer, as createOfficer writes: an officer's history is found by its id
    await insertRows(
      tx,
      "audit_log",
      auditColumns,
      officers.map((officer) => ({ accountId, requestId, action: "CREATE" as const, entityType: "Officer", entityId: String(officer.personId), after: officer })),
    );
    return changesByUnit(
      "Officer",
      officers.map((officer) => ({ id: officer.personId, unitId: officer.person.unitAssignments[0]!.unitId })),
      accountId,
    );
  },
};

/** An officer as the audit log shows it: with the rank history, and the person with unit assignments and posts. */
type ImportedOfficer = Officer & { rankGrants: RankGrant[]; person: Person & { unitAssignments: UnitAssignment[]; posts: PostAssignment[] } };

const personColumns: Columns<Person> = {
  id: "int4",
  key: "text",
  fullName: "text",
  searchKey: "text",
  gender: '"Gender"',
  birthDate: "date",
  organisation: "text",
  email: "text",
  phone: "text",
  source: '"DataSource"',
  version: "int4",
  createdAt: "timestamp",
  updatedAt: "timestamp",
};
const officerTableColumns: Columns<Officer> = { personId: "int4", serviceNumber: "text", retiredAt: "date", version: "int4" };
const rankGrantColumns: Columns<RankGrant> = {
  id: "int4",
  officerId: "int4",
  rank: '"Rank"',
  effectiveFrom: "date",
  effectiveTo: "date",
  attestedOn: "date",
  decisionNumber: "text",
  source: '"DataSource"',
  version: "int4",
  createdAt: "timestamp",
};
const unitAssignmentColumns: Columns<UnitAssignment> = {
  id: "int4",
  personId: "int4",
  unitId: "int4",
  effectiveFrom: "date",
  effectiveTo: "date",
  source: '"DataSource"',
  version: "int4",
  createdAt: "timestamp",
};
const postColumns: Columns<PostAssignment> = {
  id: "int4",
  personId: "int4",
  unitId: "int4",
  organisation: "text",
  title: "text",
  titleEn: "text",
  effectiveFrom: "date",
  effectiveTo: "date",
  attestedOn: "date",
  source: '"DataSource"',
  version: "int4",
  createdAt: "timestamp",
};

/** Service numbers and keys the database already has: one statement each for the whole file. */
async function existing(
  db: Db,
  firstRowOf: { serviceNumber: Map<string, number>; key: Map<string, number> } | null,
): Promise<RowError[]> {
  if (!firstRowOf) return [];
  const taken = await db.officer.findMany({
    where: { serviceNumber: { in: [...firstRowOf.serviceNumber.keys()] } },
    select: { serviceNumber: true },
  });
  const keys = await db.person.findMany({ where: { key: { in: [...firstRowOf.key.keys()] } }, select: { key: true } });
  return [
    ...taken.map(({ serviceNumber }) => ({
      row: firstRowOf.serviceNumber.get(serviceNumber)!,
      column: "service_number",
      code: "serviceNumberTaken",
      message: `An officer with service number ${serviceNumber} exists already`,
    })),
    ...keys.map(({ key }) => ({
      row: firstRowOf.key.get(key!)!,
      column: "key",
      code: "keyTaken",
      message: `A person with key ${key} exists already`,
    })),
  ];
}
