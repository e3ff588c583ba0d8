// The demo's personnel: a few thousand officers with careers that hold together: a rank history
// climbing the ladder at plausible intervals (so a general is in his fifties), the units they
// served in, the posts they held and the party roles that go with them.
import { type Rank, rankOrder, ranks } from "@thidua/domain/ranks";
import { searchKeyOf } from "@thidua/domain/text";
import type { Prisma } from "../generated/prisma/client.js";
import { bulkInsert } from "./bulk.js";
import { addYears, covers, dayBetween, yearsBetween, ymd } from "./dates.js";
import type { Facts } from "./facts.js";
import { type Gender, randomFullName, type Region } from "./names.js";
import type { Random } from "./random.js";

const SOURCE = "SYNTHETIC_DEMO" as const;

/** The roster is as of the end of the demo's last year. */
export const rosterDate = ymd(2024, 12, 31);

export interface Tenure {
  from: Date;
  to: Date | null;
}

interface Titled extends Tenure {
  unitId: number;
  title: string;
  titleEn: string;
}

export interface DemoOfficer {
  personId: number;
  fullName: string;
  gender: Gender;
  birthDate: Date;
  serviceNumber: string;
  grants: Array<{ rank: Rank; from: Date }>;
  assignments: Array<Tenure & { unitId: number }>;
  posts: Titled[];
  partyRoles: Titled[];
  retiredAt: Date | null;
}

/** A police department (or the ministry department) the roster staffs. */
export interface StaffedUnit {
  code: string;
  id: number;
  region: Region;
  headcount: number;
  /** a police department (Giám đốc, divisions) or a ministry department (Cục trưởng) */
  kind: "police" | "ministry-department";
  divisions: ReadonlyArray<{ code: string; id: number }>;
}

// ---------------------------------------------------------------- careers

/** Typical years in a rank before the next promotion. */
export const yearsInRank: Record<Rank, number> = {
  BINH_NHI: 0.5,
  BINH_NHAT: 0.5,
  HA_SI: 1,
  TRUNG_SI: 1.5,
  THUONG_SI: 2,
  THIEU_UY: 2,
  TRUNG_UY: 3,
  THUONG_UY: 3,
  DAI_UY: 4,
  THIEU_TA: 4,
  TRUNG_TA: 4,
  THUONG_TA: 4,
  DAI_TA: 4,
  THIEU_TUONG: 4,
  TRUNG_TUONG: 4,
  THUONG_TUONG: 4,
  DAI_TUONG: 4,
};

/** conscript: binh nhì upwards; nco: trung sĩ, then officer school; officer: from the academy as thiếu úy. */
type Path = "conscript" | "nco" | "officer";

function ladder(path: Path, final: Rank): Rank[] {
  const first: Rank = path === "conscript" ? "BINH_NHI" : path === "nco" ? "TRUNG_SI" : "THIEU_UY";
  const steps = ranks.slice(rankOrder(first), rankOrder(final) + 1);
  if (steps.length === 0) throw new Error(`a ${path} career cannot end at ${final}`);
  return steps;
}

interface Career {
  grants: Array<{ rank: Rank; from: Date }>;
  birthDate: Date;
}

/**
 * A rank history ending at `final` a while before `until`, built backwards one rank at a time;
 * `reach` moves it earlier where a post needs a rank by a date.
 */
function career(random: Random, path: Path, final: Rank, until: Date, reach: ReadonlyArray<{ rank: Rank; by: Date }> = []): Career {
  const steps = ladder(path, final);
  const dates: Date[] = new Array(steps.length);
  let from = addYears(until, -random.between(0.1, Math.max(0.3, yearsInRank[final] * 1.2)));
  for (let index = steps.length - 1; index >= 0; index--) {
    dates[index] = from;
    if (index > 0) from = addYears(from, -(yearsInRank[steps[index - 1]!] + random.between(0, 0.6)));
  }
  let shiftYears = 0;
  for (const { rank, by } of reach) {
    const index = steps.indexOf(rank);
    if (index < 0) continue;
    shiftYears = Math.max(shiftYears, yearsBetween(by, dates[index]!));
  }
  if (shiftYears > 0) shiftYears += random.between(0, 0.5);
  const grants = steps.map((rank, index) => ({ rank, from: addYears(dates[index]!, -shiftYears) }));
  const entryAge = path === "conscript" ? random.between(18, 20) : path === "nco" ? random.between(19, 21) : random.between(22, 24);
  return { grants, birthDate: addYears(grants[0]!.from, -entryAge) };
}

// ---------------------------------------------------------------- posts

interface PostTemplate {
  title: string;
  titleEn: string;
  /** one holder at a time: skipped where the facts already name the holder */
  single: boolean;
  reach: Rank;
  finals: ReadonlyArray<readonly [Rank, number]>;
  partyRole?: { title: string; titleEn: string; single: boolean };
}

const post = {
  director: {
    title: "Giám đốc",
    titleEn: "Director",
    single: true,
    reach: "DAI_TA",
    finals: [
      ["THIEU_TUONG", 6],
      ["DAI_TA", 4],
    ],
    partyRole: { title: "Bí thư Đảng ủy", titleEn: "Secretary of the Party Committee", single: true },
  },
  deputyDirector: {
    title: "Phó giám đốc",
    titleEn: "Deputy Director",
    single: false,
    reach: "THUONG_TA",
    finals: [
      ["THIEU_TUONG", 1],
      ["DAI_TA", 7],
      ["THUONG_TA", 2],
    ],
    partyRole: { title: "Đảng ủy viên", titleEn: "Member of the Party Committee", single: false },
  },
  directorGeneral: {
    title: "Cục trưởng",
    titleEn: "Director General",
    single: true,
    reach: "THIEU_TUONG",
    finals: [["TRUNG_TUONG", 1]],
    partyRole: { title: "Bí thư Đảng ủy", titleEn: "Secretary of the Party Committee", single: true },
  },
  deputyDirectorGeneral: {
    title: "Phó Cục trưởng",
    titleEn: "Deputy Director General",
    single: false,
    reach: "DAI_TA",
    finals: [
      ["THIEU_TUONG", 6],
      ["DAI_TA", 4],
    ],
  },
  divisionHead: {
    title: "Trưởng phòng",
    titleEn: "Head of Division",
    single: true,
    reach: "THUONG_TA",
    finals: [
      ["DAI_TA", 6],
      ["THUONG_TA", 4],
    ],
    partyRole: { title: "Bí thư Chi bộ", titleEn: "Secretary of the Party Cell", single: true },
  },
  deputyDivisionHead: {
    title: "Phó trưởng phòng",
    titleEn: "Deputy Head of Division",
    single: false,
    reach: "TRUNG_TA",
    finals: [
      ["THUONG_TA", 5],
      ["TRUNG_TA", 5],
    ],
  },
  teamLeader: {
    title: "Đội trưởng",
    titleEn: "Team Leader",
    single: false,
    reach: "THIEU_TA",
    finals: [
      ["TRUNG_TA", 5],
      ["THIEU_TA", 5],
    ],
  },
} satisfies Record<string, PostTemplate>;

/** The deputy who also holds the committee's deputy secretaryship. */
const deputySecretary = { title: "Phó Bí thư Đảng ủy", titleEn: "Deputy Secretary of the Party Committee", single: true };

/** Final ranks of officers without a post, by weight. */
const rankAndFile: ReadonlyArray<readonly [readonly [Path, Rank], number]> = [
  [["conscript", "BINH_NHI"], 3],
  [["conscript", "BINH_NHAT"], 3],
  [["conscript", "HA_SI"], 2],
  [["nco", "TRUNG_SI"], 2],
  [["nco", "THUONG_SI"], 2],
  [["officer", "THIEU_UY"], 10],
  [["officer", "TRUNG_UY"], 14],
  [["officer", "THUONG_UY"], 16],
  [["officer", "DAI_UY"], 18],
  [["officer", "THIEU_TA"], 14],
  [["officer", "TRUNG_TA"], 10],
  [["officer", "THUONG_TA"], 4],
];

// ---------------------------------------------------------------- generation

export interface RosterInput {
  random: Random;
  units: readonly StaffedUnit[];
  /** `${unitCode}|${title}` of posts and party roles the facts attest (their holders are real people) */
  attested: ReadonlySet<string>;
  /** the real people's names, never reused for synthetic ones */
  realNames: ReadonlySet<string>;
}

export function attestedTitles(facts: Facts): Set<string> {
  const attested = new Set<string>();
  for (const person of facts.people) {
    for (const held of [...person.posts, ...(person.partyRoles ?? [])]) {
      if (held.unit !== undefined) attested.add(`${held.unit}|${held.title}`);
    }
  }
  return attested;
}

export function planRoster({ random, units, attested, realNames }: RosterInput): DemoOfficer[] {
  const officers: DemoOfficer[] = [];
  const singleWindow = [ymd(2014, 1, 1), ymd(2019, 12, 31)] as const;
  const multiWindow = [ymd(2014, 1, 1), ymd(2024, 6, 30)] as const;
  const otherUnits = (unit: StaffedUnit) => units.filter((other) => other !== unit && other.kind === "police");

  const newOfficer = (unit: StaffedUnit, gender: Gender, path: Path, final: Rank, until: Date, reach: Array<{ rank: Rank; by: Date }>) => {
    const { grants, birthDate } = career(random, path, final, until, reach);
    const officer: DemoOfficer = {
      personId: 0,
      fullName: randomFullName(random, gender, unit.region, realNames),
      gender,
      birthDate,
      serviceNumber: "",
      grants,
      assignments: [],
      posts: [],
      partyRoles: [],
      retiredAt: null,
    };
    officers.push(officer);
    return officer;
  };

  const hold = (officer: DemoOfficer, unitCode: string, unitId: number, template: PostTemplate, tenure: Tenure, partyRole = template.partyRole) => {
    officer.posts.push({ unitId, title: template.title, titleEn: template.titleEn, ...tenure });
    if (partyRole && !(partyRole.single && attested.has(`${unitCode}|${partyRole.title}`))) {
      officer.partyRoles.push({ unitId, title: partyRole.title, titleEn: partyRole.titleEn, ...tenure });
    }
  };

  /** Serves in `unitId` from entry; some came from another department when the post began. */
  const serve = (officer: DemoOfficer, unit: StaffedUnit, unitId: number, movedInAt: Date | null, until: Date | null) => {
    const entry = officer.grants[0]!.from;
    const others = otherUnits(unit);
    if (movedInAt && movedInAt.getTime() > addYears(entry, 1).getTime() && others.length > 0) {
      officer.assignments.push({ unitId: random.pick(others).id, from: entry, to: movedInAt });
      officer.assignments.push({ unitId, from: movedInAt, to: until });
    } else {
      officer.assignments.push({ unitId, from: entry, to: until });
    }
  };

  /** A post holder with a career that reaches the post's rank in time. */
  const appoint = (unit: StaffedUnit, unitId: number, template: PostTemplate, start: Date, partyRole = template.partyRole) => {
    const gender: Gender = random.chance(template.single ? 0.05 : 0.1) ? "FEMALE" : "MALE";
    const officer = newOfficer(unit, gender, "officer", random.weighted(template.finals), rosterDate, [{ rank: template.reach, by: start }]);
    hold(officer, unit.code, unitId, template, { from: start, to: null }, partyRole);
    serve(officer, unit, unitId, random.chance(0.2) ? start : null, null);
    return officer;
  };

  for (const unit of units) {
    const before = officers.length;
    const isAttested = (template: PostTemplate) => template.single && attested.has(`${unit.code}|${template.title}`);

    if (unit.kind === "ministry-department") {
      if (!isAttested(post.directorGeneral)) appoint(unit, unit.id, post.directorGeneral, dayBetween(random, ...singleWindow));
      for (let i = 0; i < 2; i++) appoint(unit, unit.id, post.deputyDirectorGeneral, dayBetween(random, ...multiWindow));
    } else {
      if (!isAttested(post.director)) {
        // About four departments in ten change director during the demo years: the old one
        // retires, a deputy director of the same department takes over.
        if (random.chance(0.4)) {
          const change = dayBetween(random, ymd(2020, 3, 1), ymd(2023, 10, 31));
          const oldStart = addYears(change, -random.between(3, 6));
          const old = newOfficer(unit, "MALE", "officer", random.weighted(post.director.finals), change, [{ rank: post.director.reach, by: oldStart }]);
          hold(old, unit.code, unit.id, post.director, { from: oldStart, to: change });
          serve(old, unit, unit.id, null, change);
          old.retiredAt = change;
          const deputyFrom = addYears(change, -random.between(2, 5));
          const successor = newOfficer(unit, "MALE", "officer", random.weighted(post.director.finals), rosterDate, [
            { rank: post.deputyDirector.reach, by: deputyFrom },
            { rank: post.director.reach, by: change },
          ]);
          hold(successor, unit.code, unit.id, post.deputyDirector, { from: deputyFrom, to: change });
          hold(successor, unit.code, unit.id, post.director, { from: change, to: null });
          serve(successor, unit, unit.id, null, null);
        } else {
          appoint(unit, unit.id, post.director, dayBetween(random, ...singleWindow));
        }
      }
      for (let i = 0; i < 3; i++) {
        const secretary = i === 0 && !attested.has(`${unit.code}|${deputySecretary.title}`) ? deputySecretary : post.deputyDirector.partyRole;
        appoint(unit, unit.id, post.deputyDirector, dayBetween(random, ...multiWindow), secretary);
      }
      for (const division of unit.divisions) {
        if (!isAttested(post.divisionHead)) appoint(unit, division.id, post.divisionHead, dayBetween(random, ...singleWindow));
        for (let i = 0; i < 2; i++) appoint(unit, division.id, post.deputyDivisionHead, dayBetween(random, ...multiWindow));
        for (let i = 0; i < 2; i++) appoint(unit, division.id, post.teamLeader, dayBetween(random, ...multiWindow));
      }
    }

    const places = [unit.id, ...unit.divisions.map((division) => division.id)];
    while (officers.length - before < unit.headcount) {
      const [path, final] = random.weighted(unit.kind === "ministry-department" ? rankAndFile.slice(7) : rankAndFile);
      const gender: Gender = path !== "conscript" && random.chance(0.15) ? "FEMALE" : "MALE";
      const officer = newOfficer(unit, gender, path, final, rosterDate, []);
      // conscripts serve at the department's headquarters (mobile police), the rest mostly in divisions
      const home = path === "conscript" || random.chance(0.3) ? unit.id : random.pick(places);
      const entry = officer.grants[0]!.from;
      const latest = addYears(rosterDate, -0.5);
      const transferable = addYears(entry, 2).getTime() < latest.getTime() && random.chance(0.12);
      const others = otherUnits(unit);
      if (transferable && others.length > 0) {
        const at = dayBetween(random, addYears(entry, 2), latest);
        const from = random.pick(others);
        officer.assignments.push({ unitId: random.pick([from.id, ...from.divisions.map((division) => division.id)]), from: entry, to: at });
        officer.assignments.push({ unitId: home, from: at, to: null });
      } else {
        officer.assignments.push({ unitId: home, from: entry, to: null });
      }
    }
  }

  officers.forEach((officer, index) => {
    officer.serviceNumber = `DEMO-${String(index + 1).padStart(6, "0")}`;
  });
  return officers;
}

// ---------------------------------------------------------------- queries over the plan

export function rankOn(officer: DemoOfficer, date: Date): Rank | null {
  let held: Rank | null = null;
  for (const grant of officer.grants) if (grant.from.getTime() <= date.getTime()) held = grant.rank;
  return held;
}

export function postOn(officer: DemoOfficer, date: Date, unitId?: number): Titled | undefined {
  return officer.posts.find((held) => covers(held, date) && (unitId === undefined || held.unitId === unitId));
}

/** Who speaks for a unit on a day: its head if the demo has one, else its longest-serving deputy. */
export function representative(officers: readonly DemoOfficer[], unitId: number, date: Date, heads: readonly string[], deputies: readonly string[]): DemoOfficer | undefined {
  const holding = (titles: readonly string[]) =>
    officers
      .filter((officer) => officer.posts.some((held) => held.unitId === unitId && titles.includes(held.title) && covers(held, date)))
      .sort((a, b) => postOn(a, date, unitId)!.from.getTime() - postOn(b, date, unitId)!.from.getTime());
  return holding(heads)[0] ?? holding(deputies)[0];
}

export const departmentHeads = { heads: [post.director.title], deputies: [post.deputyDirector.title] };
export const ministryHeads = { heads: [post.directorGeneral.title], deputies: [post.deputyDirectorGeneral.title] };
export const divisionHeads = { heads: [post.divisionHead.title], deputies: [post.deputyDivisionHead.title] };

// ---------------------------------------------------------------- insert

export async function insertRoster(tx: Prisma.TransactionClient, officers: DemoOfficer[]): Promise<void> {
  const people = await tx.person.createManyAndReturn({
    data: officers.map((officer) => ({
      fullName: officer.fullName,
      searchKey: searchKeyOf(officer.fullName),
      gender: officer.gender,
      birthDate: officer.birthDate,
      source: SOURCE,
    })),
    select: { id: true, fullName: true },
  });
  people.forEach((person, index) => {
    // RETURNING keeps the order of the VALUES list; check it rather than trust it silently
    if (person.fullName !== officers[index]!.fullName) throw new Error("person rows came back out of order");
    officers[index]!.personId = person.id;
  });
  await bulkInsert(
    tx,
    "officer",
    [
      ["personId", "int4"],
      ["serviceNumber", "text"],
      ["retiredAt", "date"],
    ],
    officers.map((officer) => [officer.personId, officer.serviceNumber, officer.retiredAt]),
  );
  await bulkInsert(
    tx,
    "rank_grant",
    [
      ["officerId", "int4"],
      ["rank", '"Rank"'],
      ["effectiveFrom", "date"],
      ["effectiveTo", "date"],
      ["source", '"DataSource"'],
    ],
    officers.flatMap((officer) =>
      officer.grants.map((grant, index) => [officer.personId, grant.rank, grant.from, officer.grants[index + 1]?.from ?? null, SOURCE]),
    ),
  );
  await bulkInsert(
    tx,
    "unit_assignment",
    [
      ["personId", "int4"],
      ["unitId", "int4"],
      ["effectiveFrom", "date"],
      ["effectiveTo", "date"],
      ["source", '"DataSource"'],
    ],
    officers.flatMap((officer) => officer.assignments.map((held) => [officer.personId, held.unitId, held.from, held.to, SOURCE])),
  );
  const titled = (table: string, pick: (officer: DemoOfficer) => Titled[]) =>
    bulkInsert(
      tx,
      table,
      [
        ["personId", "int4"],
        ["unitId", "int4"],
        ["title", "text"],
        ["titleEn", "text"],
        ["effectiveFrom", "date"],
        ["effectiveTo", "date"],
        ["source", '"DataSource"'],
      ],
      officers.flatMap((officer) => pick(officer).map((held) => [officer.personId, held.unitId, held.title, held.titleEn, held.from, held.to, SOURCE])),
    );
  await titled("post_assignment", (officer) => officer.posts);
  await titled("party_role", (officer) => officer.partyRoles);
}
