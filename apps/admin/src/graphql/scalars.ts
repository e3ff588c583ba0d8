/** A day as the API's Date scalar writes it (YYYY-MM-DD), taken in the viewer's own calendar. */
export function toDateScalar(day: Date): string {
  const pad = (part: number) => String(part).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
