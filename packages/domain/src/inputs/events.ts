// Events (review conferences, pledge signings, meetings) and who took part in which role.
import { z } from "zod";
import { eventKinds, participantRoles } from "../enums.ts";
import { ranks } from "../ranks.ts";
import {
  blankable,
  id,
  isoDate,
  longText,
  name,
  optionalName,
  requireChange,
  slugKey,
  version,
  versionedRefInput,
} from "./common.ts";

const eventFields = {
  kind: z.enum(eventKinds),
  title: name(300),
  titleEn: optionalName(300),
  date: isoDate,
  /** as the source says it: "morning", "08:00" */
  timeOfDay: optionalName(40),
  clusterId: id.nullish(),
  periodId: id.nullish(),
  hostUnitId: id.nullish(),
  /** what was concluded, one statement each */
  outcomes: z.array(longText(2000)).max(50, "At most 50 outcomes"),
};

export const createEventInput = z.object({
  key: blankable(slugKey),
  ...eventFields,
  outcomes: eventFields.outcomes.default([]),
});
export type CreateEventInput = z.infer<typeof createEventInput>;

export const updateEventInput = z.object(eventFields).partial().extend({ id, version }).superRefine(requireChange());
export type UpdateEventInput = z.infer<typeof updateEventInput>;

// The title and rank a participant held that day are a snapshot, kept as the source said them.
const participantFields = {
  role: z.enum(participantRoles),
  titleAtEvent: optionalName(),
  titleAtEventEn: optionalName(),
  rankAtEvent: z.enum(ranks).nullish(),
  unitId: id.nullish(),
  sortOrder: z.int("Expected a whole number").min(0, "Cannot be negative"),
};

export const addParticipantInput = z.object({
  eventId: id,
  personId: id,
  ...participantFields,
  sortOrder: participantFields.sortOrder.default(0),
});
export type AddParticipantInput = z.infer<typeof addParticipantInput>;

export const updateParticipantInput = z
  .object(participantFields)
  .partial()
  .extend({ id, version })
  .superRefine(requireChange());
export type UpdateParticipantInput = z.infer<typeof updateParticipantInput>;

export const removeParticipantInput = versionedRefInput;
export type RemoveParticipantInput = z.infer<typeof removeParticipantInput>;
