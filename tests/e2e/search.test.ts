// Search, typed into the box the way a reader would, on the real built index.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserAndSite, watchForProblems } from "../helpers/browser.ts";

const env = useBrowserAndSite();

async function search(page: Page, query: string): Promise<string[]> {
  await page.locator("#search-q").fill(query);
  await page.waitForFunction(
    (q) => document.querySelector("#search-status")?.textContent?.includes(`for “${q}”`),
    query,
  );
  return page.locator(".search__results li > a").allInnerTexts();
}

describe("search", () => {
  it("finds a term by its title, and by an alias, as the first result, with its summary as the excerpt", async () => {
    const page = await env.browser.newPage();
    const problems = watchForProblems(page);
    let bytes = 0;
    page.on("response", async (response) => {
      if (response.url().includes("/pagefind/")) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${env.origin}/search/`);
    expect((await search(page, "conversion rate"))[0]).toBe("Conversion rate");
    expect((await search(page, "client journey"))[0]).toBe("Customer journey");
    expect(await page.locator(".search__results li p").first().innerText()).toContain(
      "from the first time they hear your name",
    );
    expect(bytes).toBeGreaterThan(0);
    console.info(`[search] Pagefind downloaded ${(bytes / 1024).toFixed(1)} KiB for two searches on the real site`);
    expect(problems).toEqual([]);
  });

  it("counts each match once, shows the count of all results, and loads the rest 20 at a time with “Show more results”", async () => {
    const page = await env.browser.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${env.origin}/search/`);
    const status = () => page.locator("#search-status").innerText();
    const few = await search(page, "opt-in freebie"); // an alias, pinned to the top
    expect(few[0]).toBe("Lead magnet");
    expect(await status()).toBe(`${few.length} ${few.length === 1 ? "result" : "results"} for “opt-in freebie”.`);
    const more = page.getByRole("button", { name: "Show more results" });
    expect(await more.isVisible()).toBe(few.length > 20);

    const many = await search(page, "client");
    expect(many).toHaveLength(20);
    expect(await status()).toMatch(/^\d+ results for “client”\.$/);
    const total = Number((await status()).split(" ")[0]);
    expect(total).toBeGreaterThan(20);
    expect(await page.locator(".search__more p").innerText()).toBe(`Showing 20 of ${total}.`);
    // Keep pressing until every result is listed; each press adds up to 20 and focuses the first new one.
    for (let shown = 20; shown < total; shown = Math.min(shown + 20, total)) {
      await more.click();
      await page.waitForFunction(
        (n) => document.querySelectorAll(".search__results li").length === n,
        Math.min(shown + 20, total),
      );
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        (await page.locator(".search__results li > a").allInnerTexts())[shown],
      );
    }
    const all = await page
      .locator(".search__results li > a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBe(total);
    expect(await more.isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it("forgives how people type: a near-miss offers the term it resembles, spacing or hyphens find the same term, and DNA is the no-show rate", async () => {
    const page = await env.browser.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${env.origin}/search/`);
    const suggestion = page.locator(".search__suggestion");
    const hrefs = () =>
      page.locator(".search__results li > a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));

    expect((await search(page, "refferal"))[0]).toBe("Referral");
    expect(await suggestion.innerText()).toBe("Did you mean Referral?");
    expect((await search(page, "onbording"))[0]).toBe("Onboarding");
    expect(await suggestion.innerText()).toBe("Did you mean Onboarding?");
    expect((await search(page, "referral"))[0]).toBe("Referral");
    expect(await suggestion.isVisible()).toBe(false); // a term spelled right needs no guess

    expect((await search(page, "no-show"))[0]).toBe("No-show rate");
    const hyphenated = { list: await hrefs(), status: await page.locator("#search-status").innerText() };
    expect((await search(page, "no show"))[0]).toBe("No-show rate");
    expect(await hrefs()).toEqual(hyphenated.list);
    expect(await page.locator("#search-status").innerText()).toBe(hyphenated.status.replace("no-show", "no show"));

    expect((await search(page, "DNA"))[0]).toBe("No-show rate");
    expect((await search(page, "did not attend"))[0]).toBe("No-show rate");

    // The offer is a link: one click (or Enter) lands on the term.
    await search(page, "refferal");
    await suggestion.getByRole("link", { name: "Referral" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/glossary\/referral\/$/);
    expect(await page.locator("h1").innerText()).toBe("Referral");
    expect(problems).toEqual([]);
  });

  it("says what to try when the query is empty or finds nothing", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/search/`);
    const status = () => page.locator("#search-status").innerText();
    expect(await status()).toMatch(/^Type a word or phrase, such as “churn”/);
    expect(await page.locator(".search__help").isVisible()).toBe(true);
    await search(page, "xylophonic");
    expect(await status()).toMatch(
      /^Nothing found for “xylophonic”\. Try a shorter or more general word, such as “client”/,
    );
    expect(await page.locator(".search__help a").allInnerTexts()).toEqual(["glossary A–Z", "five stage guides"]);
    await page.locator("#search-type").selectOption("Guide");
    await page.waitForFunction(() =>
      document.querySelector("#search-status")?.textContent?.includes("with these filters"),
    );
    expect(await status()).toContain("Try “Terms and guides”");
    await page.locator("#search-q").fill("");
    await page.waitForFunction(() => document.querySelector("#search-status")?.textContent?.startsWith("Type a word"));
  });

  it.each([390, 640, 1024, 1440])("never cuts off a filter's labels at %i px", async (width) => {
    const page = await env.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${env.origin}/search/`);
    await page.waitForSelector("html.js");
    // A select as wide as its longest option, in the same place and style, is the width that shows every label.
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLSelectElement>(".search__form select")].flatMap((select) => {
        const probe = select.cloneNode(true) as HTMLSelectElement;
        probe.removeAttribute("id");
        probe.style.width = "auto";
        probe.style.maxWidth = "none";
        probe.style.position = "absolute";
        select.parentElement!.append(probe);
        const needed = probe.getBoundingClientRect().width;
        probe.remove();
        const has = select.getBoundingClientRect().width;
        return has + 0.5 < needed
          ? [`${select.id}: ${has.toFixed(0)} px wide, its labels need ${needed.toFixed(0)} px`]
          : [];
      }),
    );
    expect(cut).toEqual([]);
  });

  it("filters by type and by stage", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/search/`);
    await page.locator("#search-type").selectOption("Guide");
    const guides = await search(page, "booking");
    expect(guides.length).toBeGreaterThan(0);
    expect(await page.locator(".search__kind").allTextContents()).toEqual(guides.map(() => "Guide"));
    await page.locator("#search-type").selectOption("");
    await page.locator("#search-stage").selectOption("Decision");
    const decision = await search(page, "booking");
    expect(decision).toContain("Decision");
    expect(decision).not.toContain("Awareness");
  });

  it("the header search form takes a query to the search page", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/glossary/`);
    await page.locator("#header-q").fill("retention");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=retention/);
    await page.waitForFunction(() =>
      document.querySelector("#search-status")?.textContent?.includes("for “retention”"),
    );
    expect((await page.locator(".search__results li > a").allInnerTexts())[0]).toBe("Retention");
  });

  it("without JavaScript, the search page sends the reader to the A–Z index", async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.origin}/search/?q=retention`);
    await page.waitForURL(/\/glossary\/$/);
    expect(await page.locator("h1").innerText()).toBe("Glossary A–Z");
    await context.close();
  });
});
