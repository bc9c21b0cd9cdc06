// Gates 1, 3 and 4 over every built page: valid HTML, no broken links, nothing a strict CSP forbids.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtSite } from "../helpers/paths.ts";
import { findBrokenLinks, htmlFiles } from "../helpers/site-files.ts";
import { formatHtmlFinding, validateHtml } from "../helpers/gates/html-validity.ts";
import { cspOptionsFor, editorPage, formatCspFinding, inlineCodeFindings } from "../helpers/gates/inline-code.ts";
import { headersFor, parseHeadersFile } from "../helpers/headers-file.ts";
import { contentSecurityPolicy } from "../../src/_config/csp.ts";

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

  it("no page has inline script, inline style or event handlers, and each carries a strict CSP meta tag (the editor at /admin/ its own)", () => {
    expect(pages).toContain(editorPage);
    const findings = pages.flatMap((file) =>
      inlineCodeFindings(file, readFileSync(join(builtSite, file), "utf8"), cspOptionsFor(file)),
    );
    expect(findings.map(formatCspFinding)).toEqual([]);
  });

  it("_headers gives every page, the 404 page and unknown addresses in its folders exactly one strict policy, /admin/ only the editor's, and every response the other security headers", () => {
    const rules = parseHeadersFile(readFileSync(join(builtSite, "_headers"), "utf8"));
    // Hosts match rules against the request path; a page can be asked for as /x/ or /x/index.html.
    // An unknown address is answered with 404.html under the address asked for, so it needs a rule too.
    const urls = new Set([
      ...pages.flatMap((file) => [`/${file}`, `/${file}`.replace(/index\.html$/, "")]),
      "/glossary/no-such-term/",
      "/assets/css/site.css",
    ]);
    expect(urls).toContain("/404.html");
    expect(urls).toContain("/admin/");
    // Netlify combines every matching rule; Cloudflare Pages does too, unless a rule detaches a header.
    for (const host of ["netlify", "cloudflare"] as const) {
      for (const url of [...urls, "/no-such-page/"]) {
        const headers = headersFor(rules, url, host);
        const named = (name: string) =>
          headers.filter((header) => header.name.toLowerCase() === name.toLowerCase()).map((header) => header.value);
        expect(named("X-Content-Type-Options"), url).toEqual(["nosniff"]);
        expect(named("Referrer-Policy"), url).toEqual(["strict-origin-when-cross-origin"]);
        expect(named("X-Frame-Options"), url).toEqual(["DENY"]);
        const policies = named("Content-Security-Policy");
        // An unknown top-level address matches no folder's rule: the 404 page's own meta tag is its policy.
        if (url === "/no-such-page/") {
          expect(policies, `${host}: ${url}`).toEqual([]);
          continue;
        }
        expect(policies.length, `${host}: ${url} is covered by ${policies.length} CSP rules in _headers`).toBe(1);
        const policy = policies[0]!;
        expect(policy).toContain("frame-ancestors 'none'");
        if (url.startsWith("/admin/")) {
          expect(policy, `${host}: ${url}`).toBe(`${contentSecurityPolicy.editor}; frame-ancestors 'none'`);
          expect(named("X-Robots-Tag"), url).toEqual(["noindex"]);
          continue;
        }
        expect(policy).toContain("default-src 'self'");
        expect(policy).toContain("object-src 'none'");
        expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
      }
    }
    // The header's policy is the widest a page needs; each page's meta tag narrows it, and the browser
    // enforces both: the meta check above allows 'wasm-unsafe-eval' on the search page alone.
  });
});
