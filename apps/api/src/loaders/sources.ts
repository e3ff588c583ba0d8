// The nested connections paginated in SQL, one source each: where a parent's children are and in
// which order they come. Order keys are columns of the child row `c` that are never null.
import { Prisma } from "@thidua/db/prisma";
import { heldOnSql, inForceOnSql } from "../rosters/effective-dates.js";
import type { NestedSource } from "./nested-pages.js";

const asc = (key: Prisma.Sql) => ({ key, direction: "asc" as const });
const desc = (key: Prisma.Sql) => ({ key, direction: "desc" as const });

/** Any of these values; false for none (SQL has no empty IN list). */
const anyOf = (column: Prisma.Sql, values: readonly string[]) =>
  values.length ? Prisma.sql`${column} IN (${Prisma.join(values)})` : Prisma.sql`FALSE`;

/** A unit's posts, by title; with a day, those held on it; with titles, those titles only. */
export function postsOfUnit({ asOf, titles }: { asOf?: Date | null; titles?: { title: string[]; titleEn: string[] } | null }): NestedSource {
  return {
    table: Prisma.sql`post_assignment`,
    parent: Prisma.sql`c."unitId"`,
    where: [
      ...(asOf ? [heldOnSql("c", asOf)] : []),
      ...(titles ? [Prisma.sql`(${anyOf(Prisma.sql`c.title`, titles.title)} OR ${anyOf(Prisma.sql`c."titleEn"`, titles.titleEn)})`] : []),
    ],
    orderBy: [asc(Prisma.sql`c.title`)],
  };
}

/** A unit's assignments (its roster over time), earliest first; with a day, those in force on it. */
export function assignmentsOfUnit(asOf?: Date | null): NestedSource {
  return {
    table: Prisma.sql`unit_assignment`,
    parent: Prisma.sql`c."unitId"`,
    where: asOf ? [inForceOnSql("c", asOf)] : [],
    orderBy: [asc(Prisma.sql`c."effectiveFrom"`)],
  };
}

/** The people serving in a unit on a day, by name. */
export function officersOfUnit(asOf: Date): NestedSource {
  return {
    table: Prisma.sql`person`,
    join: Prisma.sql`JOIN unit_assignment l ON l."personId" = c.id`,
    parent: Prisma.sql`l."unitId"`,
    where: [inForceOnSql("l", asOf)],
    orderBy: [asc(Prisma.sql`c."fullName"`)],
  };
}

/** An officer's rank grants, earliest first (person id = officer id). */
export function rankGrantsOfPerson(): NestedSource {
  return { table: Prisma.sql`rank_grant`, parent: Prisma.sql`c."officerId"`, orderBy: [asc(Prisma.sql`c."effectiveFrom"`)] };
}

/** A person's posts, earliest first: by their start, else the day a source attests them. */
export function postsOfPerson(asOf?: Date | null): NestedSource {
  return {
    table: Prisma.sql`post_assignment`,
    parent: Prisma.sql`c."personId"`,
    where: asOf ? [heldOnSql("c", asOf)] : [],
    orderBy: [asc(Prisma.sql`COALESCE(c."effectiveFrom", c."attestedOn", '-infinity'::date)`)],
  };
}

/** The units a person served in, earliest first. */
export function assignmentsOfPerson(): NestedSource {
  return { table: Prisma.sql`unit_assignment`, parent: Prisma.sql`c."personId"`, orderBy: [asc(Prisma.sql`c."effectiveFrom"`)] };
}

/** An event's participants in the source's order; with a role, those of that role. */
export function participantsOfEvent(role?: string | null): NestedSource {
  return {
    table: Prisma.sql`event_participant`,
    parent: Prisma.sql`c."eventId"`,
    where: role ? [Prisma.sql`c.role = ${role}::"ParticipantRole"`] : [],
    orderBy: [asc(Prisma.sql`c."sortOrder"`)],
  };
}

/** A cluster's member units in a year, by code. */
export function membersOfCluster(year: number): NestedSource {
  return {
    table: Prisma.sql`unit`,
    join: Prisma.sql`JOIN cluster_membership l ON l."unitId" = c.id`,
    parent: Prisma.sql`l."clusterId"`,
    where: [Prisma.sql`l."fromYear" <= ${year} AND (l."toYear" IS NULL OR l."toYear" >= ${year})`],
    orderBy: [asc(Prisma.sql`c.code`)],
  };
}

/** A cluster's events, latest first. */
export function eventsOfCluster(): NestedSource {
  return { table: Prisma.sql`event`, parent: Prisma.sql`c."clusterId"`, orderBy: [desc(Prisma.sql`c.date`)] };
}
