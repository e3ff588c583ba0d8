// Prints "N passed, N failed, N skipped" as the last line of a run, the line CI counts, and
// appends the same counts to $THIDUA_TEST_TALLY (one JSON line a run) so .ci/run can add up
// several packages' runs.
import { appendFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      // a file that failed to load has no tests but must count as a failure
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) failed++;
    }
    failed += unhandledErrors.length;
    const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
    process.stdout.write(`\n${line}\n`);
    const tally = process.env.THIDUA_TEST_TALLY;
    if (tally) appendFileSync(tally, `${JSON.stringify({ cwd: process.cwd(), passed, failed, skipped })}\n`);
  }
}
