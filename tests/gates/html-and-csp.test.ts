// Gates 1, 3 and 4 over every built page: valid HTML, no broken links, nothing a strict CSP forbids.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtSite } from "../helpers/paths.ts";
import { findBrokenLinks, htmlFiles } from "../helpers/site-files.ts";
import { formatHtmlFinding, validateHtml } from "../helpers/gates/html-validity.ts";
import { formatCspFinding, inlineCodeFindings } from "../helpers/gates/inline-code.ts";
import { headersFor, parseHeadersFile } from "../helpers/headers-file.ts";

const pages = htmlFiles(builtSite);

describe("quality gates over every built page", () => {
  it("every page passes the Nu Html Checker", () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(
      validateHtml(
        pages.map((file) => join(builtSite, file)),
        builtSite,
      ).map(formatHtmlFinding),
    ).toEqual([]);
  });

  it("no page has a broken internal link, anchor or asset", () => {
    expect(findBrokenLinks(builtSite).map((l) => `${l.page} → ${l.target}: ${l.reason}`)).toEqual([]);
  });

  it("no page has inline script, inline style or event handlers, and each carries a strict CSP meta tag", () => {
    const findings = pages.flatMap((file) =>
      inlineCodeFindings(file, readFileSync(join(builtSite, file), "utf8"), {
        allowWasm: file === "search/index.html",
      }),
    );
    expect(findings.map(formatCspFinding)).toEqual([]);
  });

  it("_headers gives every response, the 404 page and unknown addresses included, exactly one strict policy and the other security headers", () => {
    const rules = parseHeadersFile(readFileSync(join(builtSite, "_headers"), "utf8"));
    // Hosts match rules against the request path; a page can be asked for as /x/ or /x/index.html.
    // An unknown address is answered with 404.html under the address asked for, so it needs a rule too.
    const urls = new Set([
      ...pages.flatMap((file) => [`/${file}`, `/${file}`.replace(/index\.html$/, "")]),
      "/no-such-page/",
      "/glossary/no-such-term/",
      "/assets/css/site.css",
    ]);
    expect(urls).toContain("/404.html");
    for (const url of urls) {
      const headers = headersFor(rules, url);
      const named = (name: string) =>
        headers.filter((header) => header.name.toLowerCase() === name.toLowerCase()).map((header) => header.value);
      const policies = named("Content-Security-Policy");
      expect(policies.length, `${url} is covered by ${policies.length} CSP rules in _headers`).toBe(1);
      const policy = policies[0]!;
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
      expect(named("X-Content-Type-Options"), url).toEqual(["nosniff"]);
      expect(named("Referrer-Policy"), url).toEqual(["strict-origin-when-cross-origin"]);
    }
    // The header's policy is the widest a page needs; each page's meta tag narrows it, and the browser
    // enforces both: the meta check above allows 'wasm-unsafe-eval' on the search page alone.
  });
});
