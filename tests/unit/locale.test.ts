import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import site from "../../_data/site.json" with { type: "json" };
import { numberFormat, siteLocale } from "../../src/funnel/locale.ts";

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.(ts|js)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );

describe("the site's locale", () => {
  it("comes from site.json, as the tag Intl wants", () => {
    expect(siteLocale).toBe(site.locale.replace("_", "-"));
    expect(numberFormat().resolvedOptions().locale).toBe(siteLocale);
  });

  it("is never written out by hand in the source", () => {
    const written = sourceFiles("src").filter((file) => /["'`][a-z]{2}-[A-Z]{2}["'`]/.test(readFileSync(file, "utf8")));
    expect(written).toEqual([]);
  });
});
