// The one way the API changes data: inside one transaction, check the version the client read,
// apply the change, write the audit row; after commit, tell live subscribers.
import type { Prisma, PrismaClient } from "@thidua/db/prisma";
import { ConflictError, NotFoundError } from "../errors.js";
import type { Live } from "../live/live.js";
import type { AuditedEntity, Snapshot } from "./entities.js";

export type Tx = Prisma.TransactionClient;

/** What a write needs from the request context (a structural subset of Context). */
export interface WriteContext {
  prisma: PrismaClient;
  requestId: string;
  session?: { accountId: number } | null;
  live?: Pick<Live, "publish"> | undefined;
}

export type ChangeSpec<S extends Snapshot> =
  | {
      action: "CREATE";
      entity: AuditedEntity<S>;
      /** Writes the new record (and whatever belongs to it); returns its key. */
      change: (tx: Tx) => Promise<number>;
    }
  | {
      action: "UPDATE" | "DELETE";
      entity: AuditedEntity<S>;
      id: number;
      /**
       * The version the client read; a stale one is a ConflictError and nothing is written. Only
       * additive changes guarded by a unique key (taking up an initiative) may leave it out.
       */
      expectedVersion: number | undefined;
      /** Checks the rules that need the current state, then writes; the version is bumped for it. */
      change: (tx: Tx, before: S) => Promise<void>;
    };

export interface ChangeResult<S extends Snapshot> {
  id: number;
  before: S | null;
  after: S | null;
}

// PGlite runs one transaction at a time, so a burst of writes queues for the connection: give
// them longer than Prisma's 2 s default to start.
const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 20_000 } as const;

export async function applyChange<S extends Snapshot>(context: WriteContext, spec: ChangeSpec<S>): Promise<ChangeResult<S>> {
  const { entity } = spec;
  const result = await context.prisma.$transaction(async (tx) => {
    let id: number;
    let before: S | null = null;
    if (spec.action === "CREATE") {
      id = await spec.change(tx);
    } else {
      id = spec.id;
      before = await entity.load(tx, id);
      if (!before) throw new NotFoundError(entity.type, String(id));
      const expected = spec.expectedVersion ?? before.version;
      if (before.version !== expected) throw new ConflictError(entity.type, String(id), expected, before.version, toJson(before));
      // Guarded by the version: a writer that committed since our read makes this match nothing.
      if ((await entity.claim(tx, id, expected)) !== 1) {
        const current = await entity.load(tx, id);
        if (!current) throw new NotFoundError(entity.type, String(id));
        throw new ConflictError(entity.type, String(id), expected, current.version, toJson(current));
      }
      await spec.change(tx, before);
    }
    const after = spec.action === "DELETE" ? null : await entity.load(tx, id);
    await tx.auditLog.create({
      data: {
        accountId: context.session?.accountId ?? null,
        requestId: context.requestId,
        action: spec.action,
        entityType: entity.type,
        entityId: String(id),
        before: before ? toJson(before) : undefined,
        after: after ? toJson(after) : undefined,
      },
    });
    return { id, before, after };
  }, TRANSACTION_OPTIONS);

  if (entity.topic) {
    // once per unit the record was or is in (a transfer is news in both), or once for none
    const units = new Set([...(result.before ? entity.unitsOf(result.before) : []), ...(result.after ? entity.unitsOf(result.after) : [])]);
    for (const unitId of units.size > 0 ? units : [null]) {
      context.live?.publish(entity.topic, {
        action: spec.action,
        entityType: entity.type,
        entityIds: [String(result.id)],
        unitId,
        accountId: context.session?.accountId ?? null,
      });
    }
  }
  return result;
}

/** Dates as ISO strings, as the audit log stores them. */
function toJson(value: unknown): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
}
