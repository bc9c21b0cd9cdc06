// draft: true — previewed under `npm start`, absent from a production build in every form.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build-site.ts";
import { copySiteSources } from "../helpers/site-copy.ts";

const draft = `---
title: Starter bundle
summary: A small, low-priced first offer that turns a reader into a paying client for the first time.
stage: decision
related: [order-bump, value-ladder]
draft: true
---
## What is a tripwire offer?

Draftword: an unpublished explanation that must never leak into a production build.
`;

let site: string;
let remove: () => void;
beforeAll(() => {
  ({ dir: site, remove } = copySiteSources("atlas-drafts-"));
  writeFileSync(join(site, "src/glossary/tripwire-draft.md"), draft);
});
afterAll(() => remove());

/** Pagefind's fragments are gzipped JSON; read them all as text. */
function searchIndexText(output: string): string {
  const dir = join(output, "pagefind/fragment");
  return readdirSync(dir)
    .map((name) => gunzipSync(readFileSync(join(dir, name))).toString("utf8"))
    .join("\n");
}

describe("drafts", () => {
  it("are left out of npm run build: no page, feed entry, sitemap entry, A–Z entry or search entry", async () => {
    const output = join(site, "_site");
    await buildSite(output, { input: join(site, "src") });
    expect(existsSync(join(output, "glossary/tripwire-draft/index.html"))).toBe(false);
    expect(readFileSync(join(output, "feed.xml"), "utf8")).not.toContain("tripwire-draft");
    expect(readFileSync(join(output, "sitemap.xml"), "utf8")).not.toContain("tripwire-draft");
    expect(readFileSync(join(output, "glossary/index.html"), "utf8")).not.toContain("Starter bundle");
    const index = searchIndexText(output);
    expect(index).toContain("Lead magnet"); // the index is readable, so the next line means something
    expect(index).not.toContain("Draftword");
  });

  it("are shown under npm start, with a visible Draft badge", async () => {
    const output = join(site, "_preview");
    await buildSite(output, { input: join(site, "src"), mode: "serve" });
    const html = readFileSync(join(output, "glossary/tripwire-draft/index.html"), "utf8");
    expect(html).toContain('<span class="badge badge--draft">Draft</span>');
    expect(html).toContain("Draftword");
    // buildSite waits for the background index refresh, so the folder is complete and safe to remove.
    expect(existsSync(join(output, "pagefind/pagefind.js"))).toBe(true);
  });

  it("fail the production build, with a clear message, when a published page links to one", async () => {
    // Appended, so the test does not depend on which headings the entry happens to have.
    const linking = `${readFileSync(join(site, "src/glossary/order-bump.md"), "utf8")}\nSee the [starter bundle](/glossary/tripwire-draft/).\n`;
    writeFileSync(join(site, "src/glossary/order-bump.md"), linking);
    await expect(buildSite(join(site, "_site2"), { input: join(site, "src") })).rejects.toThrow(
      "src/glossary/order-bump.md: the body links to /glossary/tripwire-draft/, a draft term that is not published",
    );
  });
});
