/** Where to go after signing in: a path inside this dashboard only (no //host, no scheme), else home. */
export function safeNextPath(value: string | null): string {
  return value?.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}

/**
 * An address of this dashboard that comes back to `path` (with its query) afterwards;
 * `sessionEnded` makes the sign-in page say why it is shown again.
 */
export function withNext(page: "/login" | "/change-password", path: string, { sessionEnded = false } = {}): string {
  const params = new URLSearchParams();
  if (path !== "/") params.set("next", path);
  if (sessionEnded) params.set("ended", "1");
  const query = params.toString();
  return query ? `${page}?${query}` : page;
}
