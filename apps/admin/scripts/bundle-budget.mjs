// The initial JavaScript of the sign-in and overview routes, measured after `vite build`: the
// entry chunk and everything it imports statically, plus, for the overview, the signed-in layout
// and the overview page with their static imports. What the overview requests once its first view
// is up (the sections below the key figures, the charts, the registered widgets) is listed apart,
// with its size, and not counted. Prints the sizes (gzip, as served) and exits non-zero when a
// route is above the budget.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const budgetKiB = 170;
const dist = new URL("../dist/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL(".vite/manifest.json", dist), "utf8"));

/** The routes measured: the modules that render them (the entry renders sign-in itself). */
const routes = [
  { name: "sign-in (/login)", modules: [] },
  { name: "overview (/overview)", modules: ["src/components/layout.tsx", "src/routes/overview/overview-page.tsx"] },
];

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error("no entry in the Vite manifest");

const gzipped = new Map();
function gzipSize(file) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length);
  return gzipped.get(file);
}

/** A chunk and every chunk it imports statically, transitively. */
function staticClosure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest (was it renamed?)`);
    seen.add(key);
    staticClosure(chunk.imports ?? [], seen);
  }
  return seen;
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let over = false;
for (const route of routes) {
  const keys = staticClosure([entryKey, ...route.modules]);
  const files = [...keys].map((key) => ({ file: manifest[key].file, size: gzipSize(manifest[key].file) })).sort((a, b) => b.size - a.size);
  const total = files.reduce((sum, { size }) => sum + size, 0);
  // what the overview requests once its first view is up: its own on-demand chunks (transitively:
  // the sections load the charts) with whatever they import beyond the initial chunks
  const deferredRoots = [...keys].flatMap((key) => manifest[key].dynamicImports ?? []).filter((key) => route.modules.length > 0 && !keys.has(key) && key.startsWith("src/routes/overview/"));
  const deferred = new Set();
  const pending = [...deferredRoots];
  while (pending.length > 0) {
    const key = pending.pop();
    if (keys.has(key) || deferred.has(key)) continue;
    deferred.add(key);
    pending.push(...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? []).filter((next) => next.startsWith("src/routes/overview/")));
  }
  const deferredTotal = [...deferred].reduce((sum, key) => sum + gzipSize(manifest[key].file), 0);
  const verdict = total > budgetKiB * 1024 ? "OVER" : "ok";
  if (verdict === "OVER") over = true;
  console.log(`\n${route.name}: ${kib(total)} gzip of initial JS, budget ${budgetKiB} KiB — ${verdict}`);
  for (const { file, size } of files) console.log(`  ${kib(size).padStart(10)}  ${file}`);
  if (deferred.size > 0) {
    const roots = [...deferred].filter((key) => key.startsWith("src/")).map((key) => manifest[key].file.replace(/^assets\//, "")).join(", ");
    console.log(`  requested after the first view, not counted: ${kib(deferredTotal)} (${roots} and their imports)`);
  }
}
if (over) {
  console.error(`\nbundle budget exceeded (${budgetKiB} KiB gzip)`);
  process.exit(1);
}
