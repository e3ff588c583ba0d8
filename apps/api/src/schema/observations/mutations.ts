// Observations: a unit records a figure once per indicator and period, then corrects it; every
// correction keeps the value it replaced. A closed period's figures are read-only.
import { correctObservationInput, recordObservationInput } from "@thidua/domain/inputs/observations";
import { builder } from "../../builder.js";
import { ValidationError } from "../../errors.js";
import { entities } from "../../write/entities.js";
import { databaseId, day, idOf, parseInput } from "../../write/input.js";
import { activeUnit, found, unitYearOpen } from "../../write/rules.js";
import { writeUnits } from "../../write/scopes.js";
import { applyChange, type Tx } from "../../write/write-transaction.js";
import { writeErrors } from "../errors.js";
import { DataSourceEnum, GranularityEnum } from "./types.js";

builder.prismaObjectFields("Observation", (t) => ({
  version: t.exposeInt("version", { description: "Changes with every correction; a correction names the version it read." }),
  revisions: t.relation("revisions", {
    description: "The values it had before each correction, latest first.",
    query: { orderBy: { version: "desc" } },
  }),
}));

builder.prismaObject("ObservationRevision", {
  authScopes: { readRoster: true },
  description: "The value an observation had before a correction, and why it was corrected.",
  fields: (t) => ({
    version: t.exposeInt("version", { description: "The observation's version that held this value." }),
    value: t.exposeFloat("value"),
    numerator: t.exposeFloat("numerator", { nullable: true }),
    denominator: t.exposeFloat("denominator", { nullable: true }),
    source: t.expose("source", { type: DataSourceEnum }),
    sourceNote: t.exposeString("sourceNote", { nullable: true }),
    reason: t.exposeString("reason", { nullable: true, description: "Why the correction replaced it." }),
    changedAt: t.expose("changedAt", { type: "DateTime" }),
  }),
});

const measuredFields = {
  value: { required: true, description: "For a rate: 100 × numerator / denominator (to a tenth)." },
  numerator: { description: "For a rate: e.g. cases cleared; not above the denominator." },
  denominator: { description: "For a rate: e.g. cases recorded." },
} as const;

const RecordObservationInput = builder.inputType("RecordObservationInput", {
  fields: (t) => ({
    indicatorId: idOf(t, "Indicator", { required: true }),
    unitId: idOf(t, "Unit", { required: true }),
    granularity: t.field({ type: GranularityEnum, required: true }),
    periodStart: t.field({ type: "Date", required: true, description: "1st of the month; of Jan/Apr/Jul/Oct for a quarter; 1 Jan for a year." }),
    value: t.float(measuredFields.value),
    numerator: t.float(measuredFields.numerator),
    denominator: t.float(measuredFields.denominator),
    source: t.field({ type: DataSourceEnum, description: "REPORTED unless said; synthetic sources are refused." }),
    sourceNote: t.string(),
  }),
});

const CorrectObservationInput = builder.inputType("CorrectObservationInput", {
  fields: (t) => ({
    id: idOf(t, "Observation", { required: true }),
    version: t.int({ required: true }),
    value: t.float(measuredFields.value),
    numerator: t.float(measuredFields.numerator),
    denominator: t.float(measuredFields.denominator),
    source: t.field({ type: DataSourceEnum }),
    sourceNote: t.string(),
    reason: t.string({ required: true, description: "Why the figure changes; kept with the replaced value." }),
  }),
});

/** A rate (aggregated as a ratio of sums) carries its parts; any other figure has none. */
async function checkParts(tx: Tx, indicatorId: number, figure: { numerator?: number | null; denominator?: number | null }) {
  const indicator = await found(tx.indicator.findUnique({ where: { id: indicatorId } }), "Indicator", indicatorId);
  const hasParts = figure.numerator != null && figure.denominator != null;
  if (indicator.aggregation === "RATIO_OF_SUMS" && !hasParts) {
    throw ValidationError.of("numerator", `${indicator.code} is a rate: give numerator and denominator`, "rateParts");
  }
  if (indicator.aggregation !== "RATIO_OF_SUMS" && hasParts) {
    throw ValidationError.of("numerator", `${indicator.code} is not a rate: give the value alone`, "notARate");
  }
}

const unitOfObservation = async (prisma: Tx, id: number) =>
  (await prisma.observation.findUnique({ where: { id }, select: { unitId: true } }))?.unitId;

builder.mutationFields((t) => ({
  recordObservation: t.prismaField({
    type: "Observation",
    description: "A unit's figure for one indicator and period; a second one for the same period is a correction.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: RecordObservationInput, required: true }) },
    authScopes: (_root, { input }) => writeUnits(databaseId(input.unitId)),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(recordObservationInput, args.input);
      const periodStart = day(input.periodStart);
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.Observation,
        change: async (tx) => {
          await activeUnit(tx, input.unitId, "unitId");
          await checkParts(tx, input.indicatorId, input);
          await unitYearOpen(tx, input.unitId, periodStart.getUTCFullYear());
          const key = { indicatorId: input.indicatorId, unitId: input.unitId, granularity: input.granularity, periodStart };
          if (await tx.observation.findUnique({ where: { indicatorId_unitId_granularity_periodStart: key }, select: { id: true } })) {
            throw ValidationError.of("periodStart", "A figure for this period is recorded: correct it instead", "alreadyRecorded");
          }
          const observation = await tx.observation.create({
            data: { ...input, periodStart, year: periodStart.getUTCFullYear(), reportedById: context.session?.accountId ?? null },
          });
          return observation.id;
        },
      });
      return context.prisma.observation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  correctObservation: t.prismaField({
    type: "Observation",
    description: "Replaces a figure; the replaced one stays in `revisions` with the reason.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: CorrectObservationInput, required: true }) },
    authScopes: async (_root, { input }, { prisma }) => writeUnits(await unitOfObservation(prisma, databaseId(input.id))),
    resolve: async (query, _root, args, context) => {
      const { id, version, reason, ...figure } = parseInput(correctObservationInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.Observation,
        id,
        expectedVersion: version,
        change: async (tx, observation) => {
          await checkParts(tx, observation.indicatorId, figure);
          await unitYearOpen(tx, observation.unitId, observation.year);
          await tx.observationRevision.create({
            data: {
              observationId: id,
              version: observation.version,
              value: observation.value,
              numerator: observation.numerator,
              denominator: observation.denominator,
              source: observation.source,
              sourceNote: observation.sourceNote,
              reason,
              changedById: context.session?.accountId ?? null,
            },
          });
          await tx.observation.update({
            where: { id },
            data: { value: figure.value, numerator: figure.numerator ?? null, denominator: figure.denominator ?? null, source: figure.source, sourceNote: figure.sourceNote },
          });
        },
      });
      return context.prisma.observation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
