// What every resolver receives: the database client and the request's id (the session joins it
// when accounts arrive).
import type { PrismaClient } from "@thidua/db/prisma";

export interface Context {
  prisma: PrismaClient;
  /** The caller's `x-request-id`, or a fresh one; echoed in the response and in error logs. */
  requestId: string;
}
