// Gates 1, 3 and 4 over every built page: valid HTML, no broken links, nothing a strict CSP forbids.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtSite } from "../helpers/paths.ts";
import { findBrokenLinks, htmlFiles } from "../helpers/site-files.ts";
import { formatHtmlFinding, validateHtml } from "../helpers/gates/html-validity.ts";
import { formatCspFinding, inlineCodeFindings } from "../helpers/gates/inline-code.ts";

const pages = htmlFiles(builtSite);

describe("quality gates over every built page", () => {
  it("every page passes the Nu Html Checker", () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(validateHtml(pages.map((file) => join(builtSite, file)), builtSite).map(formatHtmlFinding)).toEqual([]);
  });

  it("no page has a broken internal link, anchor or asset", () => {
    expect(findBrokenLinks(builtSite).map((l) => `${l.page} → ${l.target}: ${l.reason}`)).toEqual([]);
  });

  it("no page has inline script, inline style or event handlers, and each carries a strict CSP meta tag", () => {
    const findings = pages.flatMap((file) => inlineCodeFindings(file, readFileSync(join(builtSite, file), "utf8"), { allowWasm: file === "search/index.html" }));
    expect(findings.map(formatCspFinding)).toEqual([]);
  });

  it("_headers gives every page exactly one strict policy, with frame-ancestors, and wasm-unsafe-eval only for search", () => {
    const headers = readFileSync(join(builtSite, "_headers"), "utf8");
    const rules = [...headers.matchAll(/^(\/\S*)\n\s+Content-Security-Policy: (.+)$/gm)].map((m) => ({ path: m[1] ?? "", policy: m[2] ?? "" }));
    const matches = (path: string, url: string) => (path.endsWith("*") ? url.startsWith(path.slice(0, -1)) : url === path);
    // Hosts match rules against the request path; a page can be asked for as /x/ or /x/index.html.
    for (const url of new Set(pages.flatMap((file) => [`/${file}`, `/${file}`.replace(/index\.html$/, "")]))) {
      const covering = rules.filter((rule) => matches(rule.path, url));
      expect(covering.length, `${url} is covered by ${covering.length} CSP rules in _headers`).toBe(1);
      const policy = covering[0]!.policy;
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
      expect(policy.includes("'wasm-unsafe-eval'"), url).toBe(url.startsWith("/search/"));
    }
  });
});
