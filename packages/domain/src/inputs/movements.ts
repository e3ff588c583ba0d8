// Emulation movements (phong trào thi đua, e.g. "Vì ANTQ"), their yearly periods per cluster,
// and the units' pledges (giao ước thi đua) in a period.
import { z } from "zod";
import { periodStatuses } from "../enums.ts";
import {
  catalogCode,
  id,
  name,
  optionalName,
  optionalText,
  requireChange,
  version,
  versionedRefInput,
  year,
} from "./common.ts";

export const createMovementInput = z.object({
  code: catalogCode,
  name: name(),
  shortName: optionalName(100),
  nameEn: name(),
});
export type CreateMovementInput = z.infer<typeof createMovementInput>;

export const updateMovementInput = z
  .object({ id, version, name: name().optional(), shortName: optionalName(100), nameEn: name().optional() })
  .superRefine(requireChange());
export type UpdateMovementInput = z.infer<typeof updateMovementInput>;

/** Opens a movement's period for one cluster and year; it starts PLANNED. */
export const createMovementPeriodInput = z.object({ movementId: id, clusterId: id, year });
export type CreateMovementPeriodInput = z.infer<typeof createMovementPeriodInput>;

/** The API allows only the next status (see canChangePeriodStatus in @thidua/domain/enums). */
export const changePeriodStatusInput = z.object({ id, version, status: z.enum(periodStatuses) });
export type ChangePeriodStatusInput = z.infer<typeof changePeriodStatusInput>;

/** A unit's pledged target for one indicator in a period (unit of measure: the indicator's). */
export const createPledgeInput = z.object({
  periodId: id,
  unitId: id,
  indicatorId: id,
  target: z.number("Expected a number"),
  note: optionalText(),
});
export type CreatePledgeInput = z.infer<typeof createPledgeInput>;

export const updatePledgeInput = z
  .object({ id, version, target: z.number("Expected a number").optional(), note: optionalText() })
  .superRefine(requireChange());
export type UpdatePledgeInput = z.infer<typeof updatePledgeInput>;

export const deletePledgeInput = versionedRefInput;
export type DeletePledgeInput = z.infer<typeof deletePledgeInput>;
