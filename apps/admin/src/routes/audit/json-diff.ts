// An audit entry's before and after, compared field by field: nested records are flattened to
// dotted paths (person.unitAssignments.1.effectiveTo), so a change deep inside shows as one line.

export interface DiffLine {
  path: string;
  before: string | undefined;
  after: string | undefined;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function flatten(value: Json | undefined, prefix: string, into: Map<string, string>): void {
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
    if (entries.length === 0) into.set(prefix, Array.isArray(value) ? "[]" : "{}");
    for (const [key, item] of entries) flatten(item, prefix ? `${prefix}.${key}` : key, into);
  } else if (value !== undefined) {
    into.set(prefix, value === null ? "null" : String(value));
  }
}

/** The fields that differ (added, removed or changed), in path order; unchanged ones are left out. */
export function jsonDiff(before: unknown, after: unknown): DiffLine[] {
  const old = new Map<string, string>();
  const now = new Map<string, string>();
  flatten(before as Json | undefined, "", old);
  flatten(after as Json | undefined, "", now);
  const paths = [...new Set([...old.keys(), ...now.keys()])].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  return paths.filter((path) => old.get(path) !== now.get(path)).map((path) => ({ path, before: old.get(path), after: now.get(path) }));
}
