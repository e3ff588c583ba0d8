// Ends the browser run with the "N passed, N failed" line CI reads, and adds the counts to
// $THIDUA_TEST_TALLY like the vitest suites do.
import { appendFileSync } from "node:fs";
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

export default class CountReporter implements Reporter {
  private readonly outcomes = new Map<string, TestResult["status"]>();

  onTestEnd(test: TestCase, result: TestResult) {
    // the last retry decides
    this.outcomes.set(test.id, result.status);
  }

  onEnd(result: FullResult) {
    const all = [...this.outcomes.values()];
    const passed = all.filter((s) => s === "passed").length;
    const skipped = all.filter((s) => s === "skipped").length;
    let failed = all.length - passed - skipped;
    if (result.status !== "passed" && failed === 0) failed = 1;
    console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
    const tally = process.env.THIDUA_TEST_TALLY;
    if (tally) appendFileSync(tally, `${JSON.stringify({ cwd: process.cwd(), passed, failed, skipped })}\n`);
  }
}
