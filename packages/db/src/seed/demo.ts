// The demo dataset, built around the facts: more clusters of provincial police, their divisions,
// memberships and leader rotation by year, a few thousand officers, monthly figures 2020–2024,
// pledges, conferences, commendations, exemplars and initiatives. Everything is synthetic
// (source SYNTHETIC_DEMO, free text prefixed "[demo]") and comes out the same on every run.
// It never adds to what the facts say about real people, and leaves the facts' rows as they are.
import { searchKeyOf } from "@thidua/domain/text";
import type { Prisma } from "../generated/prisma/client.js";
import type { PeriodStatus } from "../generated/prisma/enums.js";
import { insertClusterLife } from "./demo-events.js";
import { fitRate, generateFigures, insertFigures, insertPledges, type ReportingUnit } from "./demo-metrics.js";
import { attestedTitles, insertRoster, planRoster, type StaffedUnit } from "./demo-roster.js";
import { divisionKinds } from "./divisions.js";
import { type FactIds, type Facts, periodKey } from "./facts.js";
import { ensureIndicatorCatalog, indicatorCatalog } from "./indicators.js";
import type { Region } from "./names.js";
import { createRandom } from "./random.js";

const SOURCE = "SYNTHETIC_DEMO" as const;
const SEED = 20221123;
export const demoYears = [2020, 2021, 2022, 2023, 2024] as const;
/** The movement whose periods the demo fills in. */
const MOVEMENT = "VI_ANTQ";

interface DepartmentProfile {
  region: Region;
  /** relative size: 1 is an average province (sets the figures and the headcount) */
  size: number;
}

/** The facts' city police departments, as the demo needs them. */
const cityProfiles: Record<string, DepartmentProfile> = {
  "CATP-HN": { region: "north", size: 3.2 },
  "CATP-HCM": { region: "south", size: 3.6 },
  "CATP-DN": { region: "central", size: 0.9 },
  "CATP-CT": { region: "south", size: 0.8 },
  "CATP-HP": { region: "north", size: 1.3 },
};

interface Province extends DepartmentProfile {
  code: string;
  province: string;
  provinceEn: string;
}

const province = (code: string, name: string, nameEn: string, region: Region, size: number): Province => ({
  code: `CAT-${code}`,
  province: name,
  provinceEn: nameEn,
  region,
  size,
});

/** Demo clusters of provincial police; a membership is [province, fromYear, toYear?]. */
const demoClusters: ReadonlyArray<{ number: number; members: ReadonlyArray<readonly [Province, number, number?]> }> = [
  {
    number: 2,
    members: [
      [province("QNI", "Quảng Ninh", "Quang Ninh", "north", 1.2), 2020],
      [province("HDG", "Hải Dương", "Hai Duong", "north", 1.0), 2020],
      [province("HYN", "Hưng Yên", "Hung Yen", "north", 0.8), 2020],
      [province("BNH", "Bắc Ninh", "Bac Ninh", "north", 1.1), 2020],
      [province("TBH", "Thái Bình", "Thai Binh", "north", 0.9), 2020],
    ],
  },
  {
    number: 3,
    members: [
      [province("THA", "Thanh Hóa", "Thanh Hoa", "central", 1.5), 2020],
      [province("NAN", "Nghệ An", "Nghe An", "central", 1.4), 2020],
      [province("HTH", "Hà Tĩnh", "Ha Tinh", "central", 0.8), 2020],
      [province("QBH", "Quảng Bình", "Quang Binh", "central", 0.7), 2020],
      // a change of membership: Thừa Thiên Huế leaves after 2021, Quảng Trị joins in 2022
      [province("TTH", "Thừa Thiên Huế", "Thua Thien Hue", "central", 0.8), 2020, 2021],
      [province("QTR", "Quảng Trị", "Quang Tri", "central", 0.6), 2022],
    ],
  },
  {
    number: 4,
    members: [
      [province("AGG", "An Giang", "An Giang", "south", 1.1), 2020],
      [province("KGG", "Kiên Giang", "Kien Giang", "south", 1.0), 2020],
      [province("DTP", "Đồng Tháp", "Dong Thap", "south", 0.9), 2020],
      [province("VLG", "Vĩnh Long", "Vinh Long", "south", 0.7), 2020],
      [province("BTR", "Bến Tre", "Ben Tre", "south", 0.8), 2020],
    ],
  },
];

/** The unit of the ministry whose officials direct the cluster conferences. */
const MINISTRY_DEPARTMENT = "BCA-CTD";

export interface DemoSummary {
  units: number;
  officers: number;
  observations: number;
  pledges: number;
  events: number;
  commendations: number;
  exemplars: number;
  initiatives: number;
}

interface Department extends DepartmentProfile {
  code: string;
  id: number;
  shortName: string;
  divisions: Array<{ code: string; id: number }>;
}

export async function seedDemo(tx: Prisma.TransactionClient, facts: Facts, ids: FactIds): Promise<DemoSummary> {
  const movement = facts.movements.find((candidate) => candidate.code === MOVEMENT);
  const movementId = ids.movements.get(MOVEMENT);
  const ministryId = ids.units.get(MINISTRY_DEPARTMENT);
  const ministryRoot = facts.units.find((unit) => unit.parent === null);
  if (!movement || movementId === undefined || ministryId === undefined || !ministryRoot) {
    throw new Error(`The demo builds on the facts' movement ${MOVEMENT} and unit ${MINISTRY_DEPARTMENT}`);
  }
  const lastYear = demoYears[demoYears.length - 1]!;

  // ------------------------------------------------------------ units
  const departments: Department[] = [];
  for (const unit of facts.units) {
    const profile = cityProfiles[unit.code];
    if (profile) departments.push({ code: unit.code, id: ids.units.get(unit.code)!, shortName: unit.shortName ?? unit.name, divisions: [], ...profile });
  }
  const provinces = demoClusters.flatMap((cluster) => cluster.members.map(([member]) => member));
  const provinceRows = await tx.unit.createManyAndReturn({
    data: provinces.map((p) => {
      const name = `Công an tỉnh ${p.province}`;
      const shortName = `CAT ${p.province}`;
      const nameEn = `${p.provinceEn} Provincial Police`;
      return {
        code: p.code,
        name,
        nameEn,
        shortName,
        kind: "PROVINCIAL_POLICE" as const,
        parentId: ids.units.get(ministryRoot.code)!,
        searchKey: searchKeyOf(name, shortName, p.code, nameEn),
        source: SOURCE,
      };
    }),
    select: { id: true, code: true, shortName: true },
  });
  for (const row of provinceRows) {
    const profile = provinces.find((p) => p.code === row.code)!;
    departments.push({ code: row.code, id: row.id, shortName: row.shortName!, divisions: [], region: profile.region, size: profile.size });
  }
  const divisionData = departments.flatMap((department) =>
    divisionKinds.slice(0, department.code in cityProfiles ? 5 : 3).map((kind) => {
      const shortName = `${kind.abbreviation} – ${department.shortName}`;
      const code = `${department.code}-${kind.suffix}`;
      return {
        code,
        name: kind.name,
        nameEn: kind.nameEn,
        shortName,
        kind: "DIVISION" as const,
        parentId: department.id,
        searchKey: searchKeyOf(kind.name, shortName, code, kind.nameEn),
        source: SOURCE,
      };
    }),
  );
  const divisionRows = await tx.unit.createManyAndReturn({ data: divisionData, select: { id: true, code: true, parentId: true } });
  for (const row of divisionRows) departments.find((department) => department.id === row.parentId)!.divisions.push({ code: row.code, id: row.id });
  const department = (code: string) => departments.find((candidate) => candidate.code === code)!;

  // ------------------------------------------------------------ clusters and memberships
  type Membership = { cluster: number; code: string; fromYear: number; toYear: number | null };
  const memberships: Membership[] = [];
  for (const cluster of facts.clusters) {
    // The facts' members from their first year on; the demo also has them in the years before.
    for (const code of cluster.members) {
      memberships.push({ cluster: cluster.number, code, fromYear: cluster.membersFromYear, toYear: null });
    }
  }
  const clusterIds = new Map(ids.clusters);
  for (const cluster of demoClusters) {
    const name = `Cụm thi đua số ${cluster.number} – Bộ Công an`;
    const nameEn = `Emulation Cluster No. ${cluster.number} – Ministry of Public Security`;
    const row = await tx.cluster.create({ data: { number: cluster.number, name, nameEn, searchKey: searchKeyOf(name, nameEn), source: SOURCE }, select: { id: true } });
    clusterIds.set(cluster.number, row.id);
  }
  const demoMemberships: Membership[] = [
    ...facts.clusters.flatMap((cluster) =>
      cluster.membersFromYear > demoYears[0]
        ? cluster.members.map((code) => ({ cluster: cluster.number, code, fromYear: demoYears[0], toYear: cluster.membersFromYear - 1 }))
        : [],
    ),
    ...demoClusters.flatMap((cluster) => cluster.members.map(([p, fromYear, toYear]) => ({ cluster: cluster.number, code: p.code, fromYear, toYear: toYear ?? null }))),
  ];
  memberships.push(...demoMemberships);
  await tx.clusterMembership.createMany({
    data: demoMemberships.map((m) => ({ clusterId: clusterIds.get(m.cluster)!, unitId: department(m.code).id, fromYear: m.fromYear, toYear: m.toYear, source: SOURCE })),
  });
  const clusterNumbers = [...facts.clusters.map((cluster) => cluster.number), ...demoClusters.map((cluster) => cluster.number)];
  const membersOf = (cluster: number, year: number) =>
    memberships.filter((m) => m.cluster === cluster && m.fromYear <= year && (m.toYear === null || year <= m.toYear)).map((m) => m.code);

  // ------------------------------------------------------------ leader rotation
  // One leader and one deputy per cluster and year, each a member that year. Where the facts
  // name the leader, the demo keeps it; the others rotate to whoever led least recently, and
  // the deputy is usually next year's leader.
  const rotation = createRandom(SEED + 1);
  const leadership = new Map<string, { leader: string; deputy: string }>();
  const demoTerms: Array<{ cluster: number; year: number; role: "LEADER" | "DEPUTY_LEADER"; code: string }> = [];
  for (const number of clusterNumbers) {
    const fixed = facts.clusters.find((cluster) => cluster.number === number)?.leadership ?? [];
    const fixedLeader = (year: number) => fixed.find((term) => term.year === year && term.role === "LEADER")?.unit;
    const fixedDeputy = (year: number) => fixed.find((term) => term.year === year && term.role === "DEPUTY_LEADER")?.unit;
    const order = rotation.shuffle(memberships.filter((m) => m.cluster === number).map((m) => m.code));
    const lastLed = new Map<string, number>();
    const leaders = new Map<number, string>();
    const leastRecent = (candidates: string[]) =>
      [...candidates].sort((a, b) => (lastLed.get(a) ?? 0) - (lastLed.get(b) ?? 0) || order.indexOf(a) - order.indexOf(b))[0]!;
    for (const year of demoYears) {
      let leader = fixedLeader(year);
      if (!leader) {
        const avoid = [leaders.get(year - 1), fixedLeader(year + 1)];
        const members = membersOf(number, year);
        leader = leastRecent(members.filter((code) => !avoid.includes(code)).length > 0 ? members.filter((code) => !avoid.includes(code)) : members);
        demoTerms.push({ cluster: number, year, role: "LEADER", code: leader });
      }
      leaders.set(year, leader);
      lastLed.set(leader, year);
    }
    for (const year of demoYears) {
      const leader = leaders.get(year)!;
      const members = membersOf(number, year);
      const next = leaders.get(year + 1);
      let deputy = fixedDeputy(year);
      if (!deputy) {
        deputy = next && next !== leader && members.includes(next) ? next : leastRecent(members.filter((code) => code !== leader));
        demoTerms.push({ cluster: number, year, role: "DEPUTY_LEADER", code: deputy });
      }
      leadership.set(`${number}:${year}`, { leader, deputy });
    }
  }
  const termRows = await tx.leadershipTerm.createManyAndReturn({
    data: demoTerms.map((term) => ({ clusterId: clusterIds.get(term.cluster)!, year: term.year, role: term.role, unitId: department(term.code).id, source: SOURCE })),
    select: { id: true, clusterId: true, year: true, role: true },
  });
  const leaderTermId = (cluster: number, year: number) =>
    termRows.find((row) => row.clusterId === clusterIds.get(cluster) && row.year === year && row.role === "LEADER")?.id;

  // ------------------------------------------------------------ movement periods
  const periods = new Map<string, { id: number; status: PeriodStatus }>();
  for (const period of movement.periods) periods.set(`${period.cluster}:${period.year}`, { id: ids.periods.get(periodKey(MOVEMENT, period.cluster, period.year))!, status: period.status });
  const newPeriods = clusterNumbers.flatMap((cluster) =>
    demoYears
      .filter((year) => !periods.has(`${cluster}:${year}`))
      .map((year) => ({ cluster, year, status: (year === lastYear ? "ACTIVE" : "CLOSED") as PeriodStatus })),
  );
  const periodRows = await tx.movementPeriod.createManyAndReturn({
    data: newPeriods.map((p) => ({ movementId, clusterId: clusterIds.get(p.cluster)!, year: p.year, status: p.status, source: SOURCE })),
    select: { id: true, clusterId: true, year: true, status: true },
  });
  for (const row of periodRows) {
    const cluster = clusterNumbers.find((number) => clusterIds.get(number) === row.clusterId)!;
    periods.set(`${cluster}:${row.year}`, { id: row.id, status: row.status });
  }

  // ------------------------------------------------------------ people
  const realNames = new Set(facts.people.map((person) => person.fullName));
  const staffed: StaffedUnit[] = [
    { code: MINISTRY_DEPARTMENT, id: ministryId, region: "north", headcount: 14, kind: "ministry-department", divisions: [] },
    ...departments.map((d) => ({ code: d.code, id: d.id, region: d.region, headcount: Math.round(90 + 55 * d.size), kind: "police" as const, divisions: d.divisions })),
  ];
  const officers = planRoster({ random: createRandom(SEED + 2), units: staffed, attested: attestedTitles(facts), realNames });
  await insertRoster(tx, officers);

  // ------------------------------------------------------------ figures and pledges
  const indicatorIds = await ensureIndicatorCatalog(tx, SOURCE);
  const reporting: ReportingUnit[] = departments.map((d) => ({ code: d.code, id: d.id, region: d.region, size: d.size, unitIds: [d.id, ...d.divisions.map((division) => division.id)] }));
  const figures = generateFigures(createRandom(SEED + 3), reporting, demoYears, officers);
  for (const observation of facts.observations) {
    const model = indicatorCatalog.find((entry) => entry.code === observation.indicator)?.model;
    if (model?.kind !== "ratio") throw new Error(`The demo cannot reproduce the facts' ${observation.indicator}: it draws no rate for it`);
    fitRate(figures, { indicator: observation.indicator, year: observation.year, value: observation.value, unitCodes: membersOf(observation.cluster, observation.year) });
  }
  const observations = await insertFigures(tx, figures, reporting, indicatorIds);
  const pledges = await insertPledges(
    tx,
    createRandom(SEED + 4),
    figures,
    [...periods.entries()]
      .filter(([, period]) => period.status !== "PLANNED")
      .map(([key, period]) => {
        const [cluster, year] = key.split(":").map(Number) as [number, number];
        return { id: period.id, year, members: membersOf(cluster, year).map((code) => ({ code, id: department(code).id })) };
      }),
    indicatorIds,
  );

  // ------------------------------------------------------------ conferences, commendations, exemplars, initiatives
  const life = await insertClusterLife(tx, {
    random: createRandom(SEED + 5),
    clusterYears: clusterNumbers.flatMap((number) =>
      demoYears.map((year) => {
        const period = periods.get(`${number}:${year}`)!;
        return {
          cluster: { number, id: clusterIds.get(number)! },
          year,
          periodId: period.id,
          status: period.status,
          members: membersOf(number, year),
          leader: leadership.get(`${number}:${year}`)!.leader,
          nextLeader: leadership.get(`${number}:${year + 1}`)?.leader,
          nextTermId: leaderTermId(number, year + 1),
          reviewedByFacts: facts.events.some((event) => event.cluster === number && event.year === year && event.kind === "YEAR_END_REVIEW"),
        };
      }),
    ),
    units: new Map(reporting.map((r) => [r.code, { id: r.id, shortName: department(r.code).shortName, unitIds: r.unitIds }])),
    ministryUnitId: ministryId,
    officers,
    figures,
    movementShortName: movement.shortName ?? movement.name,
  });

  return {
    units: provinceRows.length + divisionRows.length,
    officers: officers.length,
    observations,
    pledges,
    ...life,
  };
}
