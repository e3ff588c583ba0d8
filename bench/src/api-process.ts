// The API under test, in a process of its own (as in production, the load generator does not share
// its event loop): the real createApi on node:http, on 127.0.0.1 and a free port, counting every SQL
// statement Prisma sends. Started by api-server.ts with the database URL as its argument.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createApi } from "@thidua/api/src/yoga.ts";
import { openDatabase } from "@thidua/db/client";
import type { ApiMessage, CapturedStatement, ParentMessage } from "./api-server.js";

const url = process.argv[2];
if (!url || !process.send) throw new Error("Started by api-server.ts, with the database URL as the argument");
const send = (message: ApiMessage) => process.send!(message);

let statements = 0;
/** The statements of the requests sent while capturing (pnpm bench --explain), with their parameters. */
let captured: CapturedStatement[] | null = null;
const db = await openDatabase({
  url,
  onQuery: () => {
    statements++;
  },
});
// openDatabase's hook gets the SQL alone; EXPLAIN needs the parameters too
db.prisma.$on("query" as never, (event: { query: string; params: string }) => {
  captured?.push({ sql: event.query, params: event.params });
});
const server = createServer(createApi({ db }));
server.keepAliveTimeout = 60_000;

process.on("message", async (message: ParentMessage) => {
  if (message.type === "statements") send({ type: "statements", count: statements });
  if (message.type === "capture") {
    send({ type: "captured", statements: captured ?? [] });
    captured = message.on ? [] : null;
  }
  if (message.type === "stop") {
    server.close();
    server.closeAllConnections();
    await db.close();
    process.exit(0);
  }
});
server.listen(0, "127.0.0.1", () => send({ type: "listening", port: (server.address() as AddressInfo).port }));
