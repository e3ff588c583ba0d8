// Emulation clusters (cụm thi đua), their memberships by year and their leadership terms.
import { z } from "zod";
import { clusterKinds, clusterRoles } from "../enums.ts";
import { fail, id, isoDate, name, requireChange, requireOrdered, version, year } from "./common.ts";

export const createClusterInput = z.object({
  number: z.int("Expected a number").positive("Expected a positive number").max(999, "At most 999"),
  kind: z.enum(clusterKinds).default("CLUSTER"),
  name: name(),
  nameEn: name(),
});
export type CreateClusterInput = z.infer<typeof createClusterInput>;

export const updateClusterInput = z
  .object({ id, version, kind: z.enum(clusterKinds).optional(), name: name().optional(), nameEn: name().optional() })
  .superRefine(requireChange());
export type UpdateClusterInput = z.infer<typeof updateClusterInput>;

/** A unit joins a cluster from fromYear to toYear inclusive (open-ended when toYear is null). */
export const addClusterMemberInput = z
  .object({ clusterId: id, unitId: id, fromYear: year, toYear: year.nullish() })
  .superRefine((membership, ctx) => requireOrdered(ctx, membership.fromYear, membership.toYear, "toYear"));
export type AddClusterMemberInput = z.infer<typeof addClusterMemberInput>;

/** Closes a membership: toYear is the last year the unit belongs to the cluster. */
export const endClusterMembershipInput = z.object({ id, version, toYear: year });
export type EndClusterMembershipInput = z.infer<typeof endClusterMembershipInput>;

/**
 * Sets the leader (cụm trưởng) or deputy (cụm phó) of a cluster for one year. The API checks the
 * unit is a member that year and that the role is not already held.
 */
export const assignLeadershipTermInput = z.object({
  clusterId: id,
  year,
  role: z.enum(clusterRoles).default("LEADER"),
  unitId: id,
});
export type AssignLeadershipTermInput = z.infer<typeof assignLeadershipTermInput>;

/**
 * A handover (bàn giao) closes one year's term and opens the next for `unitId`, usually at the
 * previous year's review conference (2022-11-23: CATP Hải Phòng → CATP Cần Thơ for 2023).
 */
export const handOverLeadershipInput = z
  .object({
    clusterId: id,
    year,
    role: z.enum(clusterRoles).default("LEADER"),
    unitId: id,
    handedOverAt: isoDate,
    eventId: id.nullish(),
    receivedById: id.nullish(),
  })
  .superRefine((handover, ctx) => {
    const handoverYear = Number(handover.handedOverAt.slice(0, 4));
    if (handoverYear !== handover.year && handoverYear !== handover.year - 1) {
      fail(ctx, ["handedOverAt"], "Hand over in the term's year or the year before", "handoverOutsideTerm");
    }
  });
export type HandOverLeadershipInput = z.infer<typeof handOverLeadershipInput>;
