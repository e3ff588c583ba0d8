// People and officers (CBCS): the person, and for an officer the service number, rank history,
// the unit served in, posts (chức vụ) and party roles, all effective-dated.
import { z } from "zod";
import { genders } from "../enums.ts";
import { isPromotion, ranks } from "../ranks.ts";
import {
  blankable,
  decisionNumber,
  email,
  fail,
  id,
  isoDate,
  name,
  optionalDate,
  optionalName,
  phone,
  requireChange,
  requireExactlyOne,
  requireOrdered,
  slugKey,
  version,
} from "./common.ts";

const rank = z.enum(ranks);

/** Số hiệu CAND: digits, uppercase letters and hyphens. */
const serviceNumber = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,19}$/, "Use 3 to 20 digits, uppercase letters or hyphens");

const personFields = {
  fullName: name(120),
  gender: z.enum(genders).nullish(),
  birthDate: optionalDate,
  /** for civilians: the organisation they belong to outside the police */
  organisation: optionalName(),
  email: blankable(email),
  phone: blankable(phone),
};

/** Anyone who takes part: officers, and civilians such as a city's emulation board head. */
export const createPersonInput = z.object({ key: blankable(slugKey), ...personFields });
export type CreatePersonInput = z.infer<typeof createPersonInput>;

/** The key is a stable reference from the source and does not change. */
export const updatePersonInput = z.object(personFields).partial().extend({ id, version }).superRefine(requireChange());
export type UpdatePersonInput = z.infer<typeof updatePersonInput>;

/** A new officer: the person, the first rank grant and the first unit assignment. */
export const createOfficerInput = z.object({
  key: blankable(slugKey),
  ...personFields,
  serviceNumber,
  rank,
  rankEffectiveFrom: isoDate,
  rankDecisionNumber: blankable(decisionNumber),
  unitId: id,
  unitEffectiveFrom: isoDate,
});
export type CreateOfficerInput = z.infer<typeof createOfficerInput>;

/** An officer's own fields; personal ones go through updatePersonInput. */
export const updateOfficerInput = z.object({ personId: id, version, serviceNumber });
export type UpdateOfficerInput = z.infer<typeof updateOfficerInput>;

/** Closes the current unit assignment and opens one in toUnitId from effectiveFrom. */
export const transferOfficerInput = z.object({ personId: id, version, toUnitId: id, effectiveFrom: isoDate });
export type TransferOfficerInput = z.infer<typeof transferOfficerInput>;

/**
 * A promotion goes up the ladder only. `currentRank` is the rank the client saw: the API refuses
 * the promotion if the officer's rank is another one by then.
 */
export const promoteOfficerInput = z
  .object({ personId: id, version, currentRank: rank, newRank: rank, decisionNumber, effectiveFrom: isoDate })
  .superRefine((promotion, ctx) => {
    if (!isPromotion(promotion.currentRank, promotion.newRank)) {
      fail(ctx, ["newRank"], `Must be a rank above ${promotion.currentRank}`, "promotionGoesUp");
    }
  });
export type PromoteOfficerInput = z.infer<typeof promoteOfficerInput>;

export const retireOfficerInput = z.object({ personId: id, version, retiredAt: isoDate });
export type RetireOfficerInput = z.infer<typeof retireOfficerInput>;

// A post or party role is effective-dated: no effectiveFrom means "held since before our
// records", no effectiveTo "not known to have ended"; attestedOn is a day a source confirms it.
const heldFields = {
  personId: id,
  unitId: id.nullish(),
  title: name(),
  titleEn: name(),
  effectiveFrom: optionalDate,
  effectiveTo: optionalDate,
  attestedOn: optionalDate,
};

type Held = { effectiveFrom?: string | null; effectiveTo?: string | null; attestedOn?: string | null };

function checkHeld(held: Held, ctx: z.core.$RefinementCtx<unknown>): void {
  requireOrdered(ctx, held.effectiveFrom, held.effectiveTo, "effectiveTo");
  requireOrdered(ctx, held.effectiveFrom, held.attestedOn, "attestedOn");
  requireOrdered(ctx, held.attestedOn, held.effectiveTo, "effectiveTo");
}

/** A post (e.g. Giám đốc of CATP-HP), in a unit or, for a civilian, an outside organisation. */
export const assignPostInput = z
  .object({ ...heldFields, organisation: optionalName() })
  .superRefine((post, ctx) => {
    requireExactlyOne(ctx, post, ["unitId", "organisation"]);
    checkHeld(post, ctx);
  });
export type AssignPostInput = z.infer<typeof assignPostInput>;

/**
 * A party role held alongside a post (Bí thư Đảng ủy of a unit), or in an outside body
 * (Ủy viên BTV Thành ủy, body "Thành ủy Hải Phòng").
 */
export const assignPartyRoleInput = z
  .object({ ...heldFields, body: optionalName(), titleLong: optionalName(300) })
  .superRefine((role, ctx) => {
    requireExactlyOne(ctx, role, ["unitId", "body"]);
    checkHeld(role, ctx);
  });
export type AssignPartyRoleInput = z.infer<typeof assignPartyRoleInput>;

/** Ends a post or a party role on effectiveTo (the API checks it is not before it began). */
export const endAssignmentInput = z.object({ id, version, effectiveTo: isoDate });
export type EndAssignmentInput = z.infer<typeof endAssignmentInput>;
export const endPostInput = endAssignmentInput;
export const endPartyRoleInput = endAssignmentInput;
