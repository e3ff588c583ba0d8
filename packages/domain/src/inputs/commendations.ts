// Commendations (khen thưởng) and their workflow: proposed → reviewed → approved or rejected →
// decided. Each step has its own input; the API checks the step with canTransition.
import { z } from "zod";
import { commendationKinds, commendationLevels } from "../enums.ts";
import {
  decisionNumber,
  id,
  isoDate,
  longText,
  optionalName,
  optionalText,
  requireChange,
  requireExactlyOne,
  version,
  year,
} from "./common.ts";

/** A decision names a real kind; UNSPECIFIED is only for proposals whose source names none. */
const decidedKind = z.enum(commendationKinds).exclude(["UNSPECIFIED"]);

/**
 * The recipient is a unit, a person, or, when the source names no single one, a scope in words
 * ("each member unit of cluster 1").
 */
export const proposeCommendationInput = z
  .object({
    kind: z.enum(commendationKinds).default("UNSPECIFIED"),
    level: z.enum(commendationLevels).nullish(),
    title: optionalName(300),
    year,
    periodId: id.nullish(),
    clusterId: id.nullish(),
    recipientUnitId: id.nullish(),
    recipientPersonId: id.nullish(),
    recipientScope: optionalName(300),
    proposedAt: isoDate,
    proposedAtEventId: id.nullish(),
    note: optionalText(),
  })
  .superRefine((proposal, ctx) =>
    requireExactlyOne(ctx, proposal, ["recipientUnitId", "recipientPersonId", "recipientScope"]),
  );
export type ProposeCommendationInput = z.infer<typeof proposeCommendationInput>;

/** Edits a proposal while it is still PROPOSED (the API checks the status). */
export const updateCommendationInput = z
  .object({
    id,
    version,
    kind: z.enum(commendationKinds).optional(),
    level: z.enum(commendationLevels).nullish(),
    title: optionalName(300),
    note: optionalText(),
  })
  .superRefine(requireChange());
export type UpdateCommendationInput = z.infer<typeof updateCommendationInput>;

/** A workflow step with an optional note: review (thẩm định) and approve (duyệt). */
const stepInput = z.object({ id, version, note: optionalText() });
export const reviewCommendationInput = stepInput;
export type ReviewCommendationInput = z.infer<typeof reviewCommendationInput>;
export const approveCommendationInput = stepInput;
export type ApproveCommendationInput = z.infer<typeof approveCommendationInput>;

/** A rejection says why. */
export const rejectCommendationInput = z.object({ id, version, note: longText() });
export type RejectCommendationInput = z.infer<typeof rejectCommendationInput>;

/**
 * The decision (quyết định) that grants it, with its number and date. It may settle the kind and
 * level; the API requires a kind when the proposal's was UNSPECIFIED.
 */
export const decideCommendationInput = z.object({
  id,
  version,
  decisionNumber,
  decisionDate: isoDate,
  kind: decidedKind.optional(),
  level: z.enum(commendationLevels).optional(),
  note: optionalText(),
});
export type DecideCommendationInput = z.infer<typeof decideCommendationInput>;
