import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ["default", "./tests/summary-reporter.ts"],
    projects: [
      // Pure modules: no site build, so `npm run test:unit` starts in a second.
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // Build, browser and gate tests share one built site (tests/global-setup.ts) and one Chromium.
      {
        extends: true,
        test: {
          name: "site",
          include: ["tests/{build,e2e,gates,browsers}/**/*.test.ts"],
          globalSetup: ["tests/global-setup.ts"],
        },
      },
    ],
  },
});
