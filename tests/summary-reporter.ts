// Prints one plain closing line, "N passed, N failed" (", N skipped" when any were), after every run,
// so CI can read the result of `npm test` whatever runner it knows. A check that could not run here
// (the team's originality tools on a clone without them) is listed under it with its reason, so a
// pass never hides what was not checked.
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const notRun: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === "passed") passed += 1;
        else if (result.state === "failed") failed += 1;
        else {
          skipped += 1;
          if (result.state === "skipped" && result.note) notRun.push(`${test.fullName}: ${result.note}`);
        }
      }
      if (module.state() === "failed" && module.children.size === 0) failed += 1; // a file that could not even load
    }
    const lines = [`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`];
    if (notRun.length > 0) lines.push(`Not run here (${notRun.length}):`, ...notRun.map((line) => `  ${line}`));
    process.stdout.write(`\n${lines.join("\n")}\n`);
  }
}
