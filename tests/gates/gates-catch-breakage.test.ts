// Each gate, broken on purpose, fails with a message a developer can act on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { axeFindings, formatAxeFinding } from "../helpers/gates/axe.ts";
import { budgets, overBudget, readingWeight } from "../helpers/gates/budgets.ts";
import { formatHtmlFinding, validateHtml } from "../helpers/gates/html-validity.ts";
import { formatCspFinding, inlineCodeFindings } from "../helpers/gates/inline-code.ts";
import { findBrokenLinks } from "../helpers/site-files.ts";

const page = (body: string, head = "") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'"><title>Broken</title>${head}</head><body><main>${body}</main></body></html>`;

let site: string;
let browser: Browser;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "atlas-broken-"));
  mkdirSync(join(site, "glossary/heavy"), { recursive: true });
  writeFileSync(
    join(site, "index.html"),
    page('<h1>Home</h1><img src="/photo.png"><a href="/glossary/missing/">dead</a><a href="/#nowhere">anchor</a>'),
  );
  writeFileSync(join(site, "photo.png"), "");
  writeFileSync(
    join(site, "inline.html"),
    page('<h1>Inline</h1><script>alert(1)</script><p style="color:red" onclick="go()">x</p>'),
  );
  // 30 KB of text that gzip cannot shrink much: a page far over the 14 KB budget.
  const noise = Array.from({ length: 4000 }, (_, i) => ((i * 2654435761) % 1e9).toString(36)).join(" ");
  writeFileSync(join(site, "glossary/heavy/index.html"), page(`<h1>Heavy</h1><p>${noise}</p>`));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(site, { recursive: true, force: true });
});

describe("gates fail clearly when broken on purpose", () => {
  it("an <img> without alt fails the HTML gate and the axe gate, naming file, line and rule", async () => {
    const html = validateHtml([join(site, "index.html")], site).map(formatHtmlFinding);
    expect(html).toEqual([expect.stringMatching(/^index\.html:1:\d+ An “img” element must have an “alt” attribute/)]);
    const tab = await browser.newPage();
    await tab.goto(`file://${join(site, "index.html")}`);
    const axe = (await axeFindings(tab)).map((f) => formatAxeFinding("/", f));
    expect(axe).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^\/: \[image-alt\] \(critical\) .* at img — https:\/\/dequeuniversity\.com\/rules\/axe\//,
        ),
      ]),
    );
  });

  it("a dead link and a missing anchor fail the link gate", () => {
    expect(findBrokenLinks(site)).toEqual(
      expect.arrayContaining([
        { page: "/", target: "/glossary/missing/", reason: "no such file" },
        { page: "/", target: "/#nowhere", reason: 'no element with id="nowhere"' },
      ]),
    );
  });

  it("an inline script, a style attribute and an onclick handler fail the CSP gate", () => {
    const findings = inlineCodeFindings(
      "inline.html",
      page('<script>alert(1)</script><p style="color:red" onclick="go()">x</p>'),
      { allowWasm: false },
    ).map(formatCspFinding);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^inline\.html:1 \[no-inline-script\] <script>alert\(1\)/),
        expect.stringMatching(/^inline\.html:1 \[no-inline-style-attribute\]/),
      ]),
    );
    const unsafe = inlineCodeFindings(
      "x.html",
      page("").replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
      { allowWasm: false },
    );
    expect(unsafe.map((f) => f.rule)).toContain("csp-unsafe");
  });

  it("a 30 KB page fails the byte budget, saying by how much and what weighs most", () => {
    const message = overBudget(
      "glossary/heavy/index.html",
      readingWeight(site, "glossary/heavy/index.html"),
      budgets.readingPage,
    );
    expect(message).toMatch(
      /^glossary\/heavy\/index\.html is \d+\.\d KB gzip, \d+\.\d KB over its 14\.0 KB budget\. Heaviest: glossary\/heavy\/index\.html \d+\.\d KB$/,
    );
  });
});
