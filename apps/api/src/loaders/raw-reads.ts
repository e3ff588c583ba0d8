// Hand-written read statements (the metrics engine's, the roster loader's) as tagged templates,
// like prisma.$queryRaw: on PostgreSQL straight through the driver, whose cost per statement is a
// fraction of Prisma's (pnpm bench: floor); on PGlite through Prisma, which keeps its single
// connection in order. For reads outside transactions only.
import type { Database } from "@thidua/db/client";
import { Prisma } from "@thidua/db/prisma";

export interface RawReads {
  $queryRaw<Rows = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<Rows>;
}

export function rawReads(db: Pick<Database, "prisma" | "driverQuery">): RawReads {
  const { driverQuery } = db;
  if (!driverQuery) return db.prisma;
  return {
    async $queryRaw<Rows>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) {
      const sql = query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
      return (await driverQuery(sql.text, sql.values)) as Rows;
    },
  };
}
