// What a field error says, in the shown language. The domain's zod schemas and the API word their
// issues in English, with a stable code (zod's issue code, or a domain rule's reason such as
// datesOverlap); the codes and the schemas' fixed wordings are translated here, anything else is
// shown as the schema or the API wrote it.
import type { MessageKey } from "../i18n/vi.ts";

const byCode: Readonly<Record<string, MessageKey>> = {
  promotionGoesUp: "form.issue.promotionGoesUp",
  endsBeforeStart: "form.issue.endsBeforeStart",
  datesOverlap: "form.issue.datesOverlap",
  rateParts: "form.issue.rateParts",
  numeratorNegative: "form.issue.numeratorNegative",
  denominatorPositive: "form.issue.denominatorPositive",
  numeratorAboveDenominator: "form.issue.numeratorAboveDenominator",
  rateMismatch: "form.issue.rateMismatch",
  serviceNumberTaken: "form.issue.serviceNumberTaken",
  keyTaken: "form.issue.keyTaken",
  nothingToChange: "form.issue.nothingToChange",
  illegalTransition: "form.issue.illegalTransition",
  periodClosed: "form.issue.periodClosed",
  notARate: "form.issue.notARate",
  alreadyRecorded: "form.issue.alreadyRecorded",
  exactlyOne: "form.issue.exactlyOne",
  alreadyEnded: "form.issue.alreadyEnded",
  endsBeforeAttested: "form.issue.endsBeforeAttested",
};

// the schemas' own wordings (packages/domain/src/inputs/common.ts, people.ts) for zod's generic codes
const byMessage: ReadonlyArray<[RegExp, MessageKey]> = [
  [/^Required$/, "form.issue.required"],
  [/^Use a real date/, "form.issue.date"],
  [/^Expected a number/, "form.issue.number"],
  [/^Use 3 to 20 digits/, "form.issue.serviceNumber"],
  [/^Not an email address/, "form.issue.email"],
  [/^Not a phone number/, "form.issue.phone"],
  [/^A decision number has digits/, "form.issue.decisionNumber"],
  [/^At most \d+ characters/, "form.issue.tooLong"],
  [/^Must be a rank above/, "form.issue.promotionGoesUp"],
  [/^Must be numerator \/ denominator/, "form.issue.rateMismatch"],
  [/^Give both numerator and denominator/, "form.issue.rateParts"],
  [/^Cannot exceed the denominator/, "form.issue.numeratorAboveDenominator"],
  [/^Ends before it starts/, "form.issue.endsBeforeStart"],
  [/^Give exactly one of/, "form.issue.exactlyOne"],
];

/** The message key for an issue, or null to show its own wording. */
export function issueMessageKey(code: string | undefined, message: string | undefined): MessageKey | null {
  if (code && byCode[code]) return byCode[code];
  if (message) {
    for (const [pattern, key] of byMessage) if (pattern.test(message)) return key;
  }
  return null;
}
