// The large scale for PostgreSQL benchmarks: about 1,000 units, 200,000 officers with their rank
// histories, unit assignments and posts, and 3 million monthly observations (source
// SYNTHETIC_SCALE). The big tables are generated inside the database with generate_series and
// a hash of the row number (hashint8), so nothing crosses the wire row by row and every run
// produces the same rows.
import { ranks } from "@thidua/domain/ranks";
import { searchKey, searchKeyOf } from "@thidua/domain/text";
import type { Prisma } from "../generated/prisma/client.js";
import { bulkInsert } from "./bulk.js";
import { yearsInRank } from "./demo-roster.js";
import { divisionKinds } from "./divisions.js";
import { ensureIndicatorCatalog, indicatorCatalog } from "./indicators.js";
import { familyNameWeights, givenNameList, middleNameWeights, type Region } from "./names.js";
import { createRandom } from "./random.js";

const SOURCE = "SYNTHETIC_SCALE" as const;
const SOURCE_SQL = `'${SOURCE}'::"DataSource"`;
const SEED = 424242;
const MOVEMENT = "VI_ANTQ";

export interface LargeScaleSize {
  provinces: number;
  divisionsPerProvince: number;
  districtsPerProvince: number;
  officers: number;
  firstYear: number;
  lastYear: number;
}

/** 60 × (1 + 10 + 6) = 1,020 units; 1,020 × 17 indicators × 180 months = 3.1 million observations. */
export const largeScale: LargeScaleSize = {
  provinces: 60,
  divisionsPerProvince: 10,
  districtsPerProvince: 6,
  officers: 200_000,
  firstYear: 2010,
  lastYear: 2024,
};

export interface LargeSummary {
  units: number;
  officers: number;
  observations: number;
}

/** Final ranks of the synthetic force, by weight (a few colonels, hardly any generals). */
const rankWeights: ReadonlyArray<readonly [(typeof ranks)[number], number]> = [
  ["BINH_NHI", 3],
  ["BINH_NHAT", 3],
  ["HA_SI", 2],
  ["TRUNG_SI", 2],
  ["THUONG_SI", 2],
  ["THIEU_UY", 10],
  ["TRUNG_UY", 14],
  ["THUONG_UY", 15],
  ["DAI_UY", 17],
  ["THIEU_TA", 13],
  ["TRUNG_TA", 10],
  ["THUONG_TA", 6],
  ["DAI_TA", 2.8],
  ["THIEU_TUONG", 0.2],
];

const regions: readonly Region[] = ["north", "central", "south"];

/** A uniform number in [0, 1) from an integer SQL expression and a salt: the same on every run. */
function hashed(key: string, salt: number): string {
  return `((hashint8((${key})::bigint * 1000003 + ${salt}) & 2147483647)::float8 / 2147483648.0)`;
}

/** Days for a number of years (an SQL expression). */
const days = (years: string) => `round((${years}) * 365.25)::int`;

/**
 * The large scale is for PostgreSQL benchmarks. On PGlite it would put about 700 MB of tables
 * and indexes into the embedded development database (an in-memory one must hold them in
 * PGlite's 32-bit WebAssembly memory, 4 GB at most; a tenth of the observations already took
 * the process to 1 GB), on a single thread. `force` loads it anyway (the tests do, at a small size).
 */
export async function refuseLargeScaleOnPglite(db: Pick<Prisma.TransactionClient, "$queryRawUnsafe">, force: boolean): Promise<void> {
  const [version] = await db.$queryRawUnsafe<Array<{ version: string }>>("SELECT version() AS version");
  if (version?.version.includes("PGlite") && !force) {
    throw new Error(
      "The large scale is meant for PostgreSQL benchmarks: on PGlite it adds about 700 MB to the embedded " +
        "database (an in-memory one must fit in PGlite's 32-bit WebAssembly memory) and loads on a single thread. " +
        "Point DATABASE_URL at PostgreSQL, or pass --force to load it anyway.",
    );
  }
}

export async function seedLarge(tx: Prisma.TransactionClient, options: { size: LargeScaleSize; log: (line: string) => void }): Promise<LargeSummary> {
  const { size, log } = options;
  // The generated statements are expensive-looking to the planner, and PostgreSQL's JIT then
  // spent more time compiling them (15 s for the careers alone) than running them.
  await tx.$executeRawUnsafe("SET LOCAL jit = off");
  const step = async (label: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    log(`large: ${label} (${Math.round(performance.now() - started)} ms)`);
  };
  const random = createRandom(SEED);
  const [ministry] = await tx.unit.findMany({ where: { parentId: null }, select: { id: true }, orderBy: { id: "asc" }, take: 1 });
  const movement = await tx.movement.findUnique({ where: { code: MOVEMENT }, select: { id: true } });
  if (!ministry || !movement) throw new Error(`Seed the facts first: the large scale hangs under the ministry and uses ${MOVEMENT}`);
  const end = `${size.lastYear}-12-31`;
  const months = (size.lastYear - size.firstYear + 1) * 12;

  // ------------------------------------------------------------ units (small: built here)
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  const provinces = Array.from({ length: size.provinces }, (_, index) => {
    const number = pad(index + 1, 3);
    return { code: `SCALE-P${number}`, number, region: regions[index % regions.length]!, size: 0.5 + 1.5 * random.next() };
  });
  const unitRow = (code: string, name: string, shortName: string, nameEn: string, kind: "PROVINCIAL_POLICE" | "DIVISION" | "DISTRICT_POLICE", parentId: number) => ({
    code,
    name,
    shortName,
    nameEn,
    kind,
    parentId,
    searchKey: searchKeyOf(name, shortName, code, nameEn),
    source: SOURCE,
  });
  const provinceRows = await tx.unit.createManyAndReturn({
    data: provinces.map((p) => unitRow(p.code, `Công an tỉnh Mô phỏng ${p.number}`, `CAT Mô phỏng ${p.number}`, `Simulated Provincial Police ${p.number}`, "PROVINCIAL_POLICE", ministry.id)),
    select: { id: true, code: true },
  });
  const provinceId = new Map(provinceRows.map((row) => [row.code, row.id]));
  await tx.unit.createMany({
    data: provinces.flatMap((p) => [
      ...divisionKinds.slice(0, size.divisionsPerProvince).map((kind) =>
        unitRow(`${p.code}-${kind.suffix}`, kind.name, `${kind.abbreviation} – CAT Mô phỏng ${p.number}`, kind.nameEn, "DIVISION", provinceId.get(p.code)!),
      ),
      ...Array.from({ length: size.districtsPerProvince }, (_, index) => {
        const district = pad(index + 1, 2);
        return unitRow(
          `${p.code}-H${district}`,
          `Công an huyện Mô phỏng ${district} – tỉnh Mô phỏng ${p.number}`,
          `CAH Mô phỏng ${district} – CAT Mô phỏng ${p.number}`,
          `Simulated District Police ${district}, Province ${p.number}`,
          "DISTRICT_POLICE",
          provinceId.get(p.code)!,
        );
      }),
    ]),
  });
  const units = await tx.unit.findMany({ where: { source: SOURCE }, select: { id: true, code: true, kind: true }, orderBy: { id: "asc" } });
  const provinceOf = (code: string) => provinces.find((p) => code.startsWith(p.code))!;
  await tx.$executeRawUnsafe(
    "CREATE TEMP TABLE scale_unit (id int, ord int, kind text, region text, size float8, headcount int DEFAULT 0) ON COMMIT DROP",
  );
  await bulkInsert(
    tx,
    "scale_unit",
    [
      ["id", "int4"],
      ["ord", "int4"],
      ["kind", "text"],
      ["region", "text"],
      ["size", "float8"],
    ],
    units.map((unit, index) => {
      const p = provinceOf(unit.code);
      // a division or district reports a fraction of its province's figures
      const share = unit.kind === "PROVINCIAL_POLICE" ? 1 : unit.kind === "DIVISION" ? 0.2 : 0.25;
      return [unit.id, index + 1, unit.kind, p.region, p.size * share];
    }),
  );
  // temp tables get no statistics by themselves, and the planner then picks nested loops
  await tx.$executeRawUnsafe("ANALYZE scale_unit");

  // ------------------------------------------------------------ clusters of five provinces
  const clusterCount = Math.floor(size.provinces / 5);
  const years = Array.from({ length: size.lastYear - size.firstYear + 1 }, (_, index) => size.firstYear + index);
  for (let c = 0; c < clusterCount; c++) {
    const number = 101 + c;
    const name = `Cụm thi đua mô phỏng số ${number}`;
    const nameEn = `Simulated Emulation Cluster No. ${number}`;
    const members = provinceRows.slice(c * 5, c * 5 + 5).map((row) => row.id);
    await tx.cluster.create({
      data: {
        number,
        name,
        nameEn,
        searchKey: searchKeyOf(name, nameEn),
        source: SOURCE,
        memberships: { create: members.map((unitId) => ({ unitId, fromYear: size.firstYear, source: SOURCE })) },
        leadershipTerms: {
          create: years.flatMap((year, index) => [
            { year, role: "LEADER" as const, unitId: members[(index + c) % 5]!, source: SOURCE },
            { year, role: "DEPUTY_LEADER" as const, unitId: members[(index + c + 1) % 5]!, source: SOURCE },
          ]),
        },
        periods: {
          create: years.map((year) => ({ movementId: movement.id, year, status: year === size.lastYear ? ("ACTIVE" as const) : ("CLOSED" as const), source: SOURCE })),
        },
      },
    });
  }
  const indicatorIds = await ensureIndicatorCatalog(tx, SOURCE);
  log(`large: ${units.length} units, ${clusterCount} clusters`);

  // ------------------------------------------------------------ names, as lookup tables
  await tx.$executeRawUnsafe("CREATE TEMP TABLE scale_name (part text, variant text, ord int, name text, key text) ON COMMIT DROP");
  /** Weighted lists become uniform ones by repeating each name by its weight (in tenths of a percent). */
  const expand = (weights: Array<[string, number]>) => weights.flatMap(([name, weight]) => Array<string>(Math.max(1, Math.round(weight * 10))).fill(name));
  const nameRows: Array<[string, string, number, string, string]> = [];
  const addNames = (part: string, variant: string, names: string[]) => {
    names.forEach((name, ord) => {
      nameRows.push([part, variant, ord, name, searchKey(name)]);
    });
  };
  for (const region of regions) addNames("family", region, expand(familyNameWeights(region)));
  for (const gender of ["MALE", "FEMALE"] as const) {
    addNames("middle", gender, expand(middleNameWeights(gender)));
    addNames("given", gender, givenNameList(gender));
  }
  await bulkInsert(
    tx,
    "scale_name",
    [
      ["part", "text"],
      ["variant", "text"],
      ["ord", "int4"],
      ["name", "text"],
      ["key", "text"],
    ],
    nameRows,
  );
  await tx.$executeRawUnsafe("ANALYZE scale_name");

  // ------------------------------------------------------------ officers: careers in one temp table
  // Each officer ends at a rank k (by weight) held for a while before the end; the grants before
  // it are spaced by the usual years in each rank plus the officer's own delay (the same model as
  // the demo). Conscripts start as binh nhì, NCOs as trung sĩ, the others as thiếu úy.
  const order = (rank: (typeof ranks)[number]) => ranks.indexOf(rank);
  let cumulative = 0;
  const rankCase = [`CASE`];
  const totalWeight = rankWeights.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [rank, weight] of rankWeights) {
    cumulative += weight / totalWeight;
    rankCase.push(`WHEN rank_r < ${cumulative.toFixed(6)} THEN ${order(rank)}`);
  }
  rankCase.push(`ELSE ${order("THIEU_UY")} END`);
  // years before reaching each rank on a ladder started at binh nhì (index h + 1 in SQL)
  const before: number[] = [];
  let sum = 0;
  for (const rank of ranks) {
    before.push(sum);
    sum += yearsInRank[rank];
  }
  const beforeSql = `(ARRAY[${before.map((value) => value.toFixed(2)).join(", ")}]::float8[])`;
  const heldSql = `(ARRAY[${ranks.map((rank) => yearsInRank[rank].toFixed(2)).join(", ")}]::float8[])`;
  const nameCount = (part: string, variant: string) => nameRows.filter(([p, v]) => p === part && v === variant).length;
  // the regions spell some family names differently, with the same weights: one count serves all
  if (new Set(regions.map((region) => nameCount("family", region))).size !== 1) throw new Error("family name lists differ in length");
  const nameIndex = (part: "middle" | "given", column: string) =>
    `floor(${column} * CASE gender WHEN 'MALE' THEN ${nameCount(part, "MALE")} ELSE ${nameCount(part, "FEMALE")} END)::int`;
  /** The day an officer got rank g: the end of the career minus the years spent from g to k. */
  const grantDay = (g: string) => `(last_from - ${days(`(${beforeSql}[k + 1] - ${beforeSql}[${g} + 1]) + (k - ${g}) * delay`)})`;

  // person ids come from person's own sequence, so that later inserts do not collide with them
  const [sequence] = await tx.$queryRawUnsafe<Array<{ name: string }>>("SELECT pg_get_serial_sequence('person', 'id') AS name");
  const personSequence = sequence!.name;
  await step(`${size.officers} careers planned`, () =>
    tx.$executeRawUnsafe(`
      CREATE TEMP TABLE scale_officer ON COMMIT DROP AS
      WITH drawn AS (
        SELECT i, ${hashed("i", 1)} AS rank_r, ${hashed("i", 2)} AS gender_r, ${hashed("i", 3)} AS home_r,
               ${hashed("i", 4)} AS held_r, ${hashed("i", 5)} AS delay_r, ${hashed("i", 6)} AS age_r,
               ${hashed("i", 7)} AS family_r, ${hashed("i", 8)} AS middle_r, ${hashed("i", 9)} AS given_r,
               ${hashed("i", 10)} AS transfer_r, ${hashed("i", 11)} AS when_r, ${hashed("i", 12)} AS from_r
        FROM generate_series(1, ${size.officers}) AS i
      ), ranked AS (
        SELECT *, ${rankCase.join(" ")} AS k FROM drawn
      ), career AS (
        SELECT *,
               CASE WHEN k <= ${order("HA_SI")} THEN 0 WHEN k <= ${order("THUONG_SI")} THEN ${order("TRUNG_SI")} ELSE ${order("THIEU_UY")} END AS first_k,
               DATE '${end}' - ${days(`0.1 + ${heldSql}[k + 1] * 1.2 * held_r`)} AS last_from,
               0.6 * delay_r AS delay,
               CASE WHEN k > ${order("HA_SI")} AND gender_r < 0.15 THEN 'FEMALE' ELSE 'MALE' END AS gender,
               1 + floor(home_r * ${units.length})::int AS home_ord
        FROM ranked
      ), entered AS (
        SELECT *, ${grantDay("first_k")} AS entry FROM career
      )
      SELECT e.i, nextval('${personSequence}'::regclass) AS person_id, e.k, e.first_k, e.last_from, e.delay, e.gender, e.entry,
             e.entry - ${days(`CASE e.first_k WHEN 0 THEN 18 WHEN ${order("TRUNG_SI")} THEN 19 ELSE 22 END + 2 * e.age_r`)} AS birth,
             u.region, e.home_ord,
             floor(e.family_r * ${nameCount("family", "north")})::int AS family_ord,
             ${nameIndex("middle", "e.middle_r")} AS middle_ord,
             ${nameIndex("given", "e.given_r")} AS given_ord,
             -- one in ten moved here from another unit, after two years or more
             CASE WHEN e.transfer_r < 0.1 AND DATE '${end}' - e.entry > 3 * 365
                  THEN 1 + (e.home_ord + floor(e.from_r * ${units.length - 1})::int) % ${units.length} END AS previous_ord,
             CASE WHEN e.transfer_r < 0.1 AND DATE '${end}' - e.entry > 3 * 365
                  THEN e.entry + 730 + floor(e.when_r * (DATE '${end}' - e.entry - 1095))::int END AS moved_at
      FROM entered e JOIN scale_unit u ON u.ord = e.home_ord`),
  );
  await tx.$executeRawUnsafe("ANALYZE scale_officer");

  await step("people", () =>
    tx.$executeRawUnsafe(`
      INSERT INTO person (id, "fullName", "searchKey", gender, "birthDate", source, "updatedAt")
      SELECT o.person_id, f.name || ' ' || m.name || ' ' || g.name, f.key || ' ' || m.key || ' ' || g.key,
             o.gender::"Gender", o.birth, ${SOURCE_SQL}, now()
      FROM scale_officer o
      JOIN scale_name f ON f.part = 'family' AND f.variant = o.region AND f.ord = o.family_ord
      JOIN scale_name m ON m.part = 'middle' AND m.variant = o.gender AND m.ord = o.middle_ord
      JOIN scale_name g ON g.part = 'given' AND g.variant = o.gender AND g.ord = o.given_ord`),
  );
  await step("officers", () =>
    tx.$executeRawUnsafe(`
      INSERT INTO officer ("personId", "serviceNumber")
      SELECT person_id, 'SCALE-' || lpad(i::text, 6, '0') FROM scale_officer`),
  );
  await step("rank grants", () =>
    tx.$executeRawUnsafe(`
      INSERT INTO rank_grant ("officerId", rank, "effectiveFrom", "effectiveTo", source)
      SELECT person_id, (enum_range(NULL::"Rank"))[g + 1], ${grantDay("g")},
             CASE WHEN g < k THEN ${grantDay("(g + 1)")} END, ${SOURCE_SQL}
      FROM scale_officer, generate_series(first_k, k) AS g`),
  );
  await step("unit assignments", () =>
    tx.$executeRawUnsafe(`
      INSERT INTO unit_assignment ("personId", "unitId", "effectiveFrom", "effectiveTo", source)
      SELECT o.person_id, u.id, o.entry, o.moved_at, ${SOURCE_SQL} FROM scale_officer o JOIN scale_unit u ON u.ord = o.previous_ord
      UNION ALL
      SELECT o.person_id, u.id, coalesce(o.moved_at, o.entry), NULL, ${SOURCE_SQL} FROM scale_officer o JOIN scale_unit u ON u.ord = o.home_ord`),
  );
  // The head of each unit and two deputies: its three highest-ranked officers.
  await step("posts", () =>
    tx.$executeRawUnsafe(`
      INSERT INTO post_assignment ("personId", "unitId", title, "titleEn", "effectiveFrom", source)
      SELECT o.person_id, u.id,
             CASE u.kind
               WHEN 'PROVINCIAL_POLICE' THEN CASE WHEN o.rn = 1 THEN 'Giám đốc' ELSE 'Phó giám đốc' END
               WHEN 'DIVISION' THEN CASE WHEN o.rn = 1 THEN 'Trưởng phòng' ELSE 'Phó trưởng phòng' END
               ELSE CASE WHEN o.rn = 1 THEN 'Trưởng Công an huyện' ELSE 'Phó trưởng Công an huyện' END
             END,
             CASE u.kind
               WHEN 'PROVINCIAL_POLICE' THEN CASE WHEN o.rn = 1 THEN 'Director' ELSE 'Deputy Director' END
               WHEN 'DIVISION' THEN CASE WHEN o.rn = 1 THEN 'Head of Division' ELSE 'Deputy Head of Division' END
               ELSE CASE WHEN o.rn = 1 THEN 'Chief of District Police' ELSE 'Deputy Chief of District Police' END
             END,
             greatest(o.last_from, coalesce(o.moved_at, o.entry)), ${SOURCE_SQL}
      FROM (SELECT *, row_number() OVER (PARTITION BY home_ord ORDER BY k DESC, i) AS rn FROM scale_officer) o
      JOIN scale_unit u ON u.ord = o.home_ord
      WHERE o.rn <= 3`),
  );
  await tx.$executeRawUnsafe(
    "UPDATE scale_unit u SET headcount = c.n FROM (SELECT home_ord, count(*) AS n FROM scale_officer GROUP BY home_ord) c WHERE c.home_ord = u.ord",
  );

  // ------------------------------------------------------------ observations
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE scale_indicator (id int, idx int, kind text, mean float8, trend float8, peak float8, season float8,
      spread float8, share float8, low float8, high float8,
      of_idx int, of_mean float8, of_trend float8, of_peak float8, of_season float8) ON COMMIT DROP`);
  const countModel = (code: string) => {
    const entry = indicatorCatalog.find((candidate) => candidate.code === code);
    if (entry?.model.kind !== "count") throw new Error(`${code} is not a count`);
    return { idx: indicatorCatalog.indexOf(entry), ...entry.model };
  };
  const indicatorRows = indicatorCatalog.map(({ code, model }, idx) => {
    const of = model.kind === "ratio" ? countModel(model.of) : undefined;
    return {
      id: indicatorIds.get(code)!,
      idx,
      kind: model.kind,
      mean: "mean" in model ? model.mean : null,
      trend: "trend" in model ? model.trend : null,
      peak: model.kind === "count" ? model.peakMonth : null,
      season: model.kind === "count" ? model.season : null,
      spread: model.kind === "score" ? model.spread : null,
      share: model.kind === "ratio" ? model.share : null,
      low: model.kind === "ratio" ? model.rate[0] : null,
      high: model.kind === "ratio" ? model.rate[1] : null,
      of_idx: of?.idx ?? null,
      of_mean: of?.mean ?? null,
      of_trend: of?.trend ?? null,
      of_peak: of?.peakMonth ?? null,
      of_season: of?.season ?? null,
    };
  });
  const indicatorColumns = Object.keys(indicatorRows[0]!) as Array<keyof (typeof indicatorRows)[number]>;
  await bulkInsert(
    tx,
    "scale_indicator",
    indicatorColumns.map((name) => [name, name === "kind" ? "text" : name === "id" || name.endsWith("idx") ? "int4" : "float8"] as const),
    indicatorRows.map((row) => indicatorColumns.map((name) => row[name])),
  );
  const unitKey = (idx: string) => `u.ord * 64 + ${idx}`;
  const cellKey = (idx: string) => `(${unitKey(idx)}) * 1000 + t`;
  const count = (prefix: "" | "of_") =>
    `round(p.${prefix}mean * u.size * (0.8 + 0.4 * ${hashed(unitKey(`p.${prefix}idx`), 21)})` +
    ` * (1 + p.${prefix}season * cos(2 * pi() * (d.month - p.${prefix}peak) / 12))` +
    ` * power(1 + p.${prefix}trend, d.year - ${size.firstYear})` +
    ` * (0.8 + 0.4 * ${hashed(cellKey(`p.${prefix}idx`), 22)}))`;
  // One indicator at a time, in the order of observation's indexes (indicator, unit, month):
  // the B-trees then grow at their right edge. Year by year, every statement touched pages all
  // over indexes larger than shared_buffers, and each year took longer than the one before.
  let observations = 0;
  const byId = [...indicatorRows].sort((a, b) => a.id - b.id);
  for (const indicator of byId) {
    await step(`observations of ${indicatorCatalog[indicator.idx]!.code}`, async () => {
      observations += await tx.$executeRawUnsafe(`
        INSERT INTO observation ("indicatorId", "unitId", granularity, "periodStart", year, value, numerator, denominator, source, "updatedAt")
        SELECT p.id, u.id, 'MONTH', make_date(d.year, d.month, 1), d.year,
               CASE p.kind
                 WHEN 'count' THEN ${count("")}
                 WHEN 'money' THEN round((p.mean * u.size * (0.8 + 0.4 * ${hashed(unitKey("p.idx"), 21)})
                   * power(1 + p.trend, d.year - ${size.firstYear}) * (0.5 + ${hashed(cellKey("p.idx"), 23)}))::numeric, 1)
                 WHEN 'score' THEN least(100, round((p.mean + 4 * (${hashed(unitKey("p.idx"), 21)} - 0.5)
                   + 3 * p.spread * (${hashed(cellKey("p.idx"), 23)} - 0.5))::numeric, 1))
                 WHEN 'ratio' THEN round((100.0 * r.numerator / r.denominator)::numeric, 2)
                 ELSE u.headcount
               END,
               r.numerator, r.denominator, ${SOURCE_SQL}, now()
        FROM scale_indicator p
        CROSS JOIN scale_unit u
        CROSS JOIN generate_series(0, ${months - 1}) AS t
        CROSS JOIN LATERAL (SELECT ${size.firstYear} + t / 12 AS year, t % 12 + 1 AS month) d
        CROSS JOIN LATERAL (SELECT CASE WHEN p.kind = 'ratio' THEN greatest(1, round(${count("of_")} * p.share)) END AS denominator) den
        CROSS JOIN LATERAL (
          SELECT CASE WHEN p.kind = 'ratio' THEN least(den.denominator, round(den.denominator
                   * (p.low + (p.high - p.low) * ${hashed(unitKey("p.idx"), 24)}) * (0.95 + 0.1 * ${hashed(cellKey("p.idx"), 25)}))) END AS numerator,
                 CASE WHEN p.kind = 'ratio' THEN den.denominator END AS denominator
        ) r
        WHERE p.id = ${indicator.id}
        ORDER BY u.id, t`);
    });
  }
  if (observations !== units.length * indicatorCatalog.length * months) throw new Error("large: unexpected number of observations");
  return { units: units.length, officers: size.officers, observations };
}
