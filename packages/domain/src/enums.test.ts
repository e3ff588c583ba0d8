import { describe, expect, it } from "vitest";
import {
  type CommendationStatus,
  canChangePeriodStatus,
  canTransition,
  commendationStatuses,
  domainEnums,
  isPeriodReadOnly,
  nextPeriodStatus,
  periodStatuses,
} from "./enums.ts";

describe("domain enums", () => {
  it("are non-empty lists of distinct SCREAMING_CASE values", () => {
    for (const [name, values] of Object.entries(domainEnums)) {
      expect(values.length, name).toBeGreaterThan(0);
      expect(new Set(values).size, name).toBe(values.length);
      for (const value of values) expect(value, name).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
    }
  });

  it("name every enum of the model but Rank, which lives with its ladder", () => {
    expect(Object.keys(domainEnums)).toHaveLength(18);
    expect(Object.keys(domainEnums)).not.toContain("Rank");
  });
});

describe("commendation workflow", () => {
  const allowed = new Set(["PROPOSED>REVIEWED", "REVIEWED>APPROVED", "REVIEWED>REJECTED", "APPROVED>DECIDED"]);

  it("allows exactly proposed → reviewed → approved | rejected, approved → decided", () => {
    for (const from of commendationStatuses) {
      for (const to of commendationStatuses) {
        expect(canTransition(from, to), `${from} → ${to}`).toBe(allowed.has(`${from}>${to}`));
      }
    }
  });

  it("lets every status be reached from PROPOSED and ends only in REJECTED or DECIDED", () => {
    const reached = new Set<CommendationStatus>(["PROPOSED"]);
    const queue: CommendationStatus[] = ["PROPOSED"];
    const finals: CommendationStatus[] = [];
    for (let status = queue.shift(); status; status = queue.shift()) {
      const next = commendationStatuses.filter((to) => canTransition(status, to));
      if (next.length === 0) finals.push(status);
      for (const to of next) {
        if (reached.has(to)) continue;
        reached.add(to);
        queue.push(to);
      }
    }
    expect([...reached].sort()).toEqual([...commendationStatuses].sort());
    expect(finals.sort()).toEqual(["DECIDED", "REJECTED"]);
  });
});

describe("movement period life cycle", () => {
  it("runs planned → active → reviewing → closed", () => {
    expect(periodStatuses).toEqual(["PLANNED", "ACTIVE", "REVIEWING", "CLOSED"]);
    expect(nextPeriodStatus("PLANNED")).toBe("ACTIVE");
    expect(nextPeriodStatus("REVIEWING")).toBe("CLOSED");
    expect(nextPeriodStatus("CLOSED")).toBeNull();
  });

  it("moves one step forward only and never reopens", () => {
    expect(canChangePeriodStatus("PLANNED", "ACTIVE")).toBe(true);
    expect(canChangePeriodStatus("ACTIVE", "REVIEWING")).toBe(true);
    expect(canChangePeriodStatus("REVIEWING", "CLOSED")).toBe(true);
    expect(canChangePeriodStatus("PLANNED", "CLOSED")).toBe(false);
    expect(canChangePeriodStatus("REVIEWING", "ACTIVE")).toBe(false);
    expect(canChangePeriodStatus("ACTIVE", "ACTIVE")).toBe(false);
    for (const to of periodStatuses) expect(canChangePeriodStatus("CLOSED", to)).toBe(false);
  });

  it("treats only a closed period as read-only", () => {
    expect(periodStatuses.filter(isPeriodReadOnly)).toEqual(["CLOSED"]);
  });
});
