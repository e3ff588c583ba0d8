// Prisma's enums must be the domain's enums, member for member: the API, the dashboard's labels
// and the database all speak the vocabulary of @thidua/domain.
import { type DomainEnumName, domainEnums } from "@thidua/domain/enums";
import type * as domain from "@thidua/domain/enums";
import { type Rank, ranks } from "@thidua/domain/ranks";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as prisma from "./generated/prisma/enums.js";

const prismaEnums: Readonly<Record<string, Readonly<Record<string, string>>>> = { ...prisma };

describe("Prisma enums match @thidua/domain", () => {
  it("have identical types", () => {
    expectTypeOf<prisma.Rank>().toEqualTypeOf<Rank>();
    expectTypeOf<prisma.UnitKind>().toEqualTypeOf<domain.UnitKind>();
    expectTypeOf<prisma.ClusterKind>().toEqualTypeOf<domain.ClusterKind>();
    expectTypeOf<prisma.ClusterRole>().toEqualTypeOf<domain.ClusterRole>();
    expectTypeOf<prisma.PeriodStatus>().toEqualTypeOf<domain.PeriodStatus>();
    expectTypeOf<prisma.IndicatorCategory>().toEqualTypeOf<domain.IndicatorCategory>();
    expectTypeOf<prisma.MeasureKind>().toEqualTypeOf<domain.MeasureKind>();
    expectTypeOf<prisma.Direction>().toEqualTypeOf<domain.Direction>();
    expectTypeOf<prisma.Aggregation>().toEqualTypeOf<domain.Aggregation>();
    expectTypeOf<prisma.Granularity>().toEqualTypeOf<domain.Granularity>();
    expectTypeOf<prisma.EventKind>().toEqualTypeOf<domain.EventKind>();
    expectTypeOf<prisma.ParticipantRole>().toEqualTypeOf<domain.ParticipantRole>();
    expectTypeOf<prisma.CommendationKind>().toEqualTypeOf<domain.CommendationKind>();
    expectTypeOf<prisma.CommendationLevel>().toEqualTypeOf<domain.CommendationLevel>();
    expectTypeOf<prisma.CommendationStatus>().toEqualTypeOf<domain.CommendationStatus>();
    expectTypeOf<prisma.Gender>().toEqualTypeOf<domain.Gender>();
    expectTypeOf<prisma.AccountRole>().toEqualTypeOf<domain.AccountRole>();
    expectTypeOf<prisma.DataSource>().toEqualTypeOf<domain.DataSource>();
    expectTypeOf<prisma.AuditAction>().toEqualTypeOf<domain.AuditAction>();
  });

  it("are the same set of enums: none in the database without a domain counterpart", () => {
    expect(Object.keys(prismaEnums).sort()).toEqual([...Object.keys(domainEnums), "Rank"].sort());
  });

  it.each(Object.keys(domainEnums) as DomainEnumName[])("%s has the same members", (name) => {
    expect(Object.values(prismaEnums[name] ?? {}).sort()).toEqual([...domainEnums[name]].sort());
  });

  // PostgreSQL orders enum values by declaration, so ORDER BY rank / status follows these lists.
  it("declare Rank lowest to highest and PeriodStatus in life-cycle order, as the domain does", () => {
    expect(Object.values(prisma.Rank)).toEqual([...ranks]);
    expect(Object.values(prisma.PeriodStatus)).toEqual([...domainEnums.PeriodStatus]);
  });
});
