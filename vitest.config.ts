import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ["default", "./tests/summary-reporter.ts"],
    projects: [
      // Pure modules, in this process: no site build and no child processes, so files run in parallel and
      // `npm run test:unit` takes seconds, not minutes.
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // The command-line tools, each run as a process of its own (new-term, ensure-test-tools, the team's
      // originality tools): separate, so their start-up costs stay out of the unit run.
      { extends: true, test: { name: "tools", include: ["tests/tools/**/*.test.ts"] } },
      // Build, browser and gate tests share one built site (tests/global-setup.ts) and one Chromium, one
      // file at a time: each builds scratch sites or drives the browser, and two at once starve each other.
      {
        extends: true,
        test: {
          name: "site",
          include: ["tests/{build,e2e,gates,browsers}/**/*.test.ts"],
          globalSetup: ["tests/global-setup.ts"],
          fileParallelism: false,
        },
      },
    ],
  },
});
