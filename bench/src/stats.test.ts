import { describe, expect, it } from "vitest";
import { figuresOf, percentile } from "./stats.js";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, index) => index + 1);

  it("takes the value at the rank ceil(p × n)", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30], 99)).toBe(30);
  });

  it("is the only value of a single run, and refuses no runs at all", () => {
    expect(percentile([7], 1)).toBe(7);
    expect(() => percentile([], 50)).toThrow();
  });
});

it("figuresOf sorts the latencies and divides the runs by the phase's seconds", () => {
  const figures = figuresOf([30, 10, 20, 40], 2);
  expect(figures).toEqual({ requests: 4, seconds: 2, perSecond: 2, p50: 20, p95: 40, p99: 40, mean: 25 });
});
