// Exemplary individuals (gương điển hình) and models/initiatives (mô hình, sáng kiến) that other
// units replicate (nhân rộng), recognised in a period.
import { z } from "zod";
import { id, isoDate, name, optionalText, requireChange, version, year } from "./common.ts";

const exemplar = z.object({
  year,
  periodId: id.nullish(),
  unitId: id,
  personId: id.nullish(),
  title: name(300),
  summary: optionalText(),
});

const initiative = exemplar.omit({ summary: true }).extend({ description: optionalText() });

export const createExemplarInput = exemplar;
export type CreateExemplarInput = z.infer<typeof createExemplarInput>;

export const updateExemplarInput = exemplar.partial().extend({ id, version }).superRefine(requireChange());
export type UpdateExemplarInput = z.infer<typeof updateExemplarInput>;

export const createInitiativeInput = initiative;
export type CreateInitiativeInput = z.infer<typeof createInitiativeInput>;

export const updateInitiativeInput = initiative.partial().extend({ id, version }).superRefine(requireChange());
export type UpdateInitiativeInput = z.infer<typeof updateInitiativeInput>;

/** Another unit takes up an initiative from fromDate. */
export const replicateInitiativeInput = z.object({ initiativeId: id, unitId: id, fromDate: isoDate });
export type ReplicateInitiativeInput = z.infer<typeof replicateInitiativeInput>;
