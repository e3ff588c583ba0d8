import type { ReactNode } from "react";

/**
 * A wide table scrolls sideways on a narrow screen. Plain CSS overflow rather than Mantine's
 * Table.ScrollContainer, whose custom scrollbars bring the floating-ui library into every page
 * with a table (scripts/bundle-budget.mjs).
 */
export function TableScroll({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
