// Run in a child process by client.test.ts: opens a PGlite data folder, says so, and holds it
// until killed.
import { openDatabase } from "../client.js";

await openDatabase({ url: `pglite:${process.argv[2]}` });
process.stdout.write(`ready ${process.pid}\n`);
setInterval(() => {}, 60_000);
