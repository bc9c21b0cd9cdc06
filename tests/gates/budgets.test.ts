// Gate 5: DESIGN.md's byte budgets, over the built output.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { builtSite } from "../helpers/paths.ts";
import { htmlFiles } from "../helpers/site-files.ts";
import { budgets, gzipSize, overBudget, readingWeight, type Weight } from "../helpers/gates/budgets.ts";

const readingPages = htmlFiles(builtSite).filter((file) => file.startsWith("glossary/") || file.startsWith("guides/") || file === "index.html");

describe("byte budgets", () => {
  it("every term, guide and index page is under 14 KB gzip of HTML plus CSS", () => {
    const failures = readingPages.map((file) => overBudget(file, readingWeight(builtSite, file), budgets.readingPage)).filter(Boolean);
    expect(failures).toEqual([]);
  });

  it("term and index pages need no JavaScript; guides load only the optional reflection box", () => {
    for (const file of readingPages) {
      const scripts = parse(readFileSync(join(builtSite, file), "utf8")).querySelectorAll("script[src]").map((s) => s.getAttribute("src"));
      const allowed = file.startsWith("guides/") && file !== "guides/index.html" ? ["/assets/js/reflection-box.js"] : [];
      expect(scripts, file).toEqual(allowed);
    }
  });

  it("the calculator loads under 35 KB gzip of JavaScript before Chart.js, and under 110 KB with it", () => {
    const jsDir = join(builtSite, "assets/js");
    const entry = join(jsDir, "app.js");
    // What app.js imports statically (shared chunks) loads up front; the chart chunk loads later.
    const source = readFileSync(entry, "utf8");
    const staticChunks = [...source.matchAll(/from\s*"\.\/(chunks\/[^"]+)"/g)].map((m) => m[1] ?? "");
    const chartChunks = readdirSync(join(jsDir, "chunks")).filter((name) => name.startsWith("chart-")).map((name) => `chunks/${name}`);
    const upFront: Weight = { total: 0, parts: [{ name: "app.js", bytes: gzipSize(entry) }, ...staticChunks.map((name) => ({ name, bytes: gzipSize(join(jsDir, name)) }))] };
    upFront.total = upFront.parts.reduce((sum, p) => sum + p.bytes, 0);
    const withChart: Weight = { total: 0, parts: [...upFront.parts, ...chartChunks.map((name) => ({ name, bytes: gzipSize(join(jsDir, name)) }))] };
    withChart.total = withChart.parts.reduce((sum, p) => sum + p.bytes, 0);
    console.info(`[budget] calculator JS gzip: ${(upFront.total / 1024).toFixed(1)} KB before Chart.js, ${(withChart.total / 1024).toFixed(1)} KB with it`);
    expect(chartChunks.length).toBe(1);
    expect(overBudget("Calculator JS before Chart.js", upFront, budgets.calculatorJs)).toBeUndefined();
    expect(overBudget("Calculator JS with Chart.js", withChart, budgets.calculatorJsWithChart)).toBeUndefined();
  });

  it("the journey map loads at most 40 KB gzip of JavaScript up front (every chunk it imports, however deep)", () => {
    const jsDir = join(builtSite, "assets/js");
    const html = readFileSync(join(builtSite, "map/index.html"), "utf8");
    expect(html).toContain('src="/assets/js/map-app.js"');
    // Static imports only: the example, file reading, exports and calculator rates load on demand.
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(join(jsDir, file), "utf8");
      for (const m of source.matchAll(/from\s*"\.\/([^"]+)"/g)) visit(file.includes("/") ? `chunks/${m[1]}` : (m[1] ?? ""));
    };
    visit("map-app.js");
    const weight: Weight = { total: 0, parts: [...seen].map((name) => ({ name, bytes: gzipSize(join(jsDir, name)) })) };
    weight.total = weight.parts.reduce((sum, p) => sum + p.bytes, 0);
    console.info(`[budget] journey map JS gzip: ${(weight.total / 1024).toFixed(1)} KB up front, in ${seen.size} files`);
    expect([...seen].some((name) => name.startsWith("chunks/chart-"))).toBe(false);
    expect(overBudget("Journey map JS", weight, budgets.mapJs)).toBeUndefined();
  });
});
