// The two kinds of things a person holds besides a rank and a unit, and the names of the steps
// on them: shared by the drawer (its buttons and dialog titles) and the forms it loads on demand.
import type { MessageKey } from "../../i18n/vi.ts";

export type HeldKind = "post" | "partyRole";

export const heldTitles: Readonly<Record<HeldKind, Readonly<Record<"assign" | "end", MessageKey>>>> = {
  post: { assign: "person.assignPost", end: "person.endPost" },
  partyRole: { assign: "person.assignPartyRole", end: "person.endPartyRole" },
};
