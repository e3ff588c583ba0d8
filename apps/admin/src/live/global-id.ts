// The API's ids are Relay global ids: base64 of "Type:databaseId" (Pothos' encoding). Live events
// and the domain's zod schemas speak in database ids, so the dashboard converts between the two.

/** The global id of a row, e.g. globalId("Person", 12) for the person with database id 12. */
export function globalId(typename: string, databaseId: number | string): string {
  return btoa(`${typename}:${databaseId}`);
}

/** The database id inside a global id; NaN when it holds none (the schemas then refuse it). */
export function databaseId(id: string): number {
  let decoded: string;
  try {
    decoded = atob(id);
  } catch {
    return Number.NaN;
  }
  const number = decoded.slice(decoded.indexOf(":") + 1);
  return /^\d+$/.test(number) ? Number(number) : Number.NaN;
}
