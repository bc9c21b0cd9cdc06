// Gate 5: The byte budgets of docs/performance.md, over the built output.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { builtSite } from "../helpers/paths.ts";
import { allPageTypes } from "../../src/_config/page-types.ts";
import { htmlFiles } from "../helpers/site-files.ts";
import {
  budgets,
  gzipSize,
  isReadingPage,
  overBudget,
  ownScripts,
  readingWeight,
  staticClosure,
  weigh,
  type Weight,
} from "../helpers/gates/budgets.ts";

const readingPages = htmlFiles(builtSite).filter(isReadingPage);

describe("byte budgets", () => {
  it("every term, guide and index page is under 14 KB gzip of HTML plus CSS", () => {
    const failures = readingPages
      .map((file) => overBudget(file, readingWeight(builtSite, file), budgets.readingPage))
      .filter(Boolean);
    expect(failures).toEqual([]);
  });

  it("reading pages need no JavaScript to be read: they load only term previews (where they link to a term) and guides the optional reflection box", () => {
    for (const file of readingPages) {
      const html = readFileSync(join(builtSite, file), "utf8");
      const scripts = parse(html)
        .querySelectorAll("script[src]")
        .map((s) => s.getAttribute("src"));
      const linksToTerm = parse(html)
        .querySelectorAll("main a[href^='/glossary/']")
        .some((a) => /^\/glossary\/[a-z0-9-]+\/$/.test(a.getAttribute("href") ?? ""));
      const allowed = [
        // Registers the service worker; nothing on the page waits for it (budgeted below).
        "/assets/js/register-worker.js",
        ...(file.startsWith("guides/") && file !== "guides/index.html" ? ["/assets/js/reflection-box.js"] : []),
        ...(linksToTerm ? ["/assets/js/previews.js"] : []),
      ];
      expect(scripts.sort(), file).toEqual(allowed.sort());
    }
  });

  it("the editor's bundle is for /admin/ alone: no other page links to, or loads, any file of it", () => {
    const editorFiles = readdirSync(join(builtSite, "admin"), { recursive: true }).map(String);
    expect(editorFiles).toContain("sveltia-cms.js");
    console.info(
      `[budget] editor (/admin/ only) JS gzip: ${(gzipSize(join(builtSite, "admin/sveltia-cms.js")) / 1024).toFixed(0)} KB`,
    );
    for (const file of htmlFiles(builtSite).filter((name) => !name.startsWith("admin/"))) {
      const root = parse(readFileSync(join(builtSite, file), "utf8"));
      const references = root
        .querySelectorAll("[src], [href]")
        .map((element) => element.getAttribute("src") ?? element.getAttribute("href") ?? "")
        .filter((address) => address.startsWith("/admin/"));
      expect(references, file).toEqual([]);
    }
    // Nor is any of it bundled into the site's own scripts.
    for (const file of readdirSync(join(builtSite, "assets/js"), { recursive: true }).map(String))
      if (file.endsWith(".js"))
        expect(readFileSync(join(builtSite, "assets/js", file), "utf8"), file).not.toMatch(/sveltia/i);
  });

  it("term previews are under 4 KB gzip of JavaScript, in one file with no shared chunk", () => {
    const file = join(builtSite, "assets/js/previews.js");
    const weight: Weight = { total: gzipSize(file), parts: [{ name: "previews.js", bytes: gzipSize(file) }] };
    console.info(
      `[budget] term previews JS gzip: ${(weight.total / 1024).toFixed(2)} KB; index ${(gzipSize(join(builtSite, "glossary/previews.json")) / 1024).toFixed(2)} KB gzip`,
    );
    expect(readFileSync(file, "utf8")).not.toMatch(/from\s*"\.\/chunks\//);
    expect(overBudget("Term previews JS", weight, budgets.previewsJs)).toBeUndefined();
  });

  it("the calculator loads no more JavaScript before Chart.js than its held budget (goal 35 KB gzip), and under 110 KB with it", () => {
    const jsDir = join(builtSite, "assets/js");
    // Everything app.js imports statically, however deep, loads up front; the chart chunk loads later.
    const closure = staticClosure(jsDir, "app.js");
    const upFront = weigh(jsDir, closure);
    const chartChunks = readdirSync(join(jsDir, "chunks"))
      .filter((name) => name.startsWith("calculator-chart-"))
      .map((name) => `chunks/${name}`);
    expect([...closure].some((name) => chartChunks.includes(name))).toBe(false);
    // Chart.js itself sits in a chunk shared with the compare page's trend chart: follow the imports.
    const withChart = weigh(
      jsDir,
      new Set([...closure, ...chartChunks.flatMap((name) => [...staticClosure(jsDir, name)])]),
    );
    console.info(
      `[budget] calculator JS gzip: ${(upFront.total / 1024).toFixed(1)} KB before Chart.js, ${(withChart.total / 1024).toFixed(1)} KB with it`,
    );
    expect(chartChunks.length).toBe(1);
    expect(overBudget("Calculator JS before Chart.js", upFront, budgets.calculatorJs)).toBeUndefined();
    expect(overBudget("Calculator JS with Chart.js", withChart, budgets.calculatorJsWithChart)).toBeUndefined();
  });

  it("the compare page loads no more of its own JavaScript before Chart.js than its held budget (goal 25 KB gzip)", () => {
    const jsDir = join(builtSite, "assets/js");
    const html = readFileSync(join(builtSite, "calculator/compare/index.html"), "utf8");
    expect(html).toContain('src="/assets/js/compare-app.js"');
    const upFront = staticClosure(jsDir, "compare-app.js");
    // The Alpine chunk is the one the calculator, search and the guides load too: the site's framework, not this page's code.
    const { own: ownFiles, shared } = ownScripts(jsDir, "compare-app.js");
    const own = weigh(jsDir, ownFiles);
    const all = weigh(jsDir, upFront);
    const chart = readdirSync(join(jsDir, "chunks"))
      .filter((name) => name.startsWith("trend-chart-"))
      .map((name) => `chunks/${name}`);
    const withChart = weigh(jsDir, new Set([...upFront, ...chart.flatMap((name) => [...staticClosure(jsDir, name)])]));
    console.info(
      `[budget] compare JS gzip: ${(own.total / 1024).toFixed(1)} KB of its own before Chart.js (${(all.total / 1024).toFixed(1)} KB with the shared Alpine chunk, ${(withChart.total / 1024).toFixed(1)} KB with Chart.js)`,
    );
    expect(shared.length).toBeGreaterThan(0);
    expect(chart.length).toBe(1);
    expect(overBudget("Compare page JS before Chart.js", own, budgets.compareJs)).toBeUndefined();
  });

  it("the journey map loads no more JavaScript up front than its held budget (goal 40 KB gzip; every chunk it imports)", () => {
    const jsDir = join(builtSite, "assets/js");
    const html = readFileSync(join(builtSite, "map/index.html"), "utf8");
    expect(html).toContain('src="/assets/js/map-app.js"');
    // Static imports only: the example, file reading, exports and calculator rates load on demand.
    const upFront = staticClosure(jsDir, "map-app.js");
    const weight = weigh(jsDir, upFront);
    console.info(
      `[budget] journey map JS gzip: ${(weight.total / 1024).toFixed(1)} KB up front, in ${upFront.size} files`,
    );
    expect([...upFront].some((name) => name.startsWith("chunks/chart-"))).toBe(false);
    expect(overBudget("Journey map JS", weight, budgets.mapJs)).toBeUndefined();
  });

  it.each(allPageTypes.filter((type) => type.script && type.scriptBudget).map((type) => [type.url, type] as const))(
    "the page type at %s loads no more JavaScript than its declared budget",
    (_url, type) => {
      const jsDir = join(builtSite, "assets/js");
      const entry = `${type.script!.split("/").pop()!.replace(/\.ts$/, "")}.js`;
      const { bytes, counts } = type.scriptBudget!;
      const files = counts === "own" ? ownScripts(jsDir, entry).own : staticClosure(jsDir, entry);
      expect(overBudget(`${type.url} JS (${counts})`, weigh(jsDir, files), bytes)).toBeUndefined();
    },
  );

  it("offline use adds at most 6 KB gzip to a first visit: the registration script and the worker", () => {
    const jsDir = join(builtSite, "assets/js");
    const registration = weigh(jsDir, staticClosure(jsDir, "register-worker.js"));
    const worker = gzipSize(join(builtSite, "sw.js"));
    const weight: Weight = {
      total: registration.total + worker,
      parts: [...registration.parts, { name: "sw.js", bytes: worker }],
    };
    console.info(
      `[budget] offline: registration ${(registration.total / 1024).toFixed(2)} KB` +
        ` + worker ${(worker / 1024).toFixed(2)} KB gzip`,
    );
    expect(overBudget("Offline scripts", weight, budgets.offlineJs)).toBeUndefined();
  });
});
