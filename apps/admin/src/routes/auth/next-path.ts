/** Where to go after signing in: a path inside this dashboard only (no //host, no scheme), else home. */
export function safeNextPath(value: string | null): string {
  return value?.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}

/** An address of this dashboard that comes back to `path` (with its query) afterwards. */
export function withNext(page: "/login" | "/change-password", path: string): string {
  return path === "/" ? page : `${page}?next=${encodeURIComponent(path)}`;
}
