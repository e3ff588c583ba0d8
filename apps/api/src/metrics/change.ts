// How a value moved between two periods, judged by the indicator's direction, with the rule for
// numbers too small for a percentage to mean anything. Shared by comparisons and the scoreboard.
import type { Indicator } from "@thidua/db/prisma";

export type Assessment = "BETTER" | "WORSE" | "UNCHANGED";

export interface Measured {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface Change {
  /** current − base, in the indicator's own measure (percentage points for a rate). */
  absoluteChange: number | null;
  /** 100 × (current − base) / |base|; null when either is missing, the base is 0, or numbers are small. */
  percentChange: number | null;
  /**
   * The numbers are too small for a percentage: a count whose base is below the indicator's
   * smallNumberThreshold, or a rate whose denominator (cases) on either side is below it.
   */
  smallNumbers: boolean;
  /** Whether the change is good news by the indicator's direction; null when a value is missing
   * (then smallNumbers is false: there is nothing to compare). */
  betterOrWorse: Assessment | null;
}

type Rules = Pick<Indicator, "measure" | "aggregation" | "direction" | "smallNumberThreshold">;

function isSmall(indicator: Rules, current: Measured, base: Measured): boolean {
  const threshold = indicator.smallNumberThreshold;
  if (indicator.aggregation === "RATIO_OF_SUMS") {
    return Math.min(current.denominator ?? 0, base.denominator ?? 0) < threshold;
  }
  return indicator.measure === "COUNT" && base.value! < threshold;
}

export function changeBetween(indicator: Rules, current: Measured, base: Measured): Change {
  if (current.value === null || base.value === null) {
    return { absoluteChange: null, percentChange: null, smallNumbers: false, betterOrWorse: null };
  }
  const absoluteChange = current.value - base.value;
  const smallNumbers = isSmall(indicator, current, base);
  const percentChange = smallNumbers || base.value === 0 ? null : (100 * absoluteChange) / Math.abs(base.value);
  const better = indicator.direction === "HIGHER_IS_BETTER" ? absoluteChange > 0 : absoluteChange < 0;
  return { absoluteChange, percentChange, smallNumbers, betterOrWorse: absoluteChange === 0 ? "UNCHANGED" : better ? "BETTER" : "WORSE" };
}
