// Issue 14 in the browser: hidden errors, the error summary, the layout, Undo, one announcement,
// share links that keep other parameters, and the printed report.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserAndSite, watchForProblems } from "../helpers/browser.ts";

const env = useBrowserAndSite();
const example = "?awareness=1000&consideration=300&decision=40&retention=12&advocacy=5";

async function open(query = "", viewport = { width: 1280, height: 800 }): Promise<{ page: Page; problems: string[] }> {
  const context = await env.browser.newContext({ viewport });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  const problems = watchForProblems(page);
  await page.goto(`${env.origin}/calculator/${query}`);
  await page.waitForSelector("html.js");
  return { page, problems };
}

describe("calculator answers a coach can trust", () => {
  it("an error in a collapsed section opens it, and the summary links to every problem", async () => {
    const { page } = await open(`${example}&target_decision=abc&price_decision=${encodeURIComponent("$90")}&goal=-2`);
    expect(await page.locator('details[data-section="targets"]').getAttribute("open")).not.toBeNull();
    expect(await page.locator('details[data-section="money"]').getAttribute("open")).not.toBeNull();
    expect(await page.locator("#target-1-message").isVisible()).toBe(true);
    expect(await page.locator("#money-price-message").innerText()).toContain("the currency is set to GBP");
    const links = page.locator(".error-summary a");
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
      "#target-1",
      "#money-price",
      "#goal-input",
    ]);
    for (const id of ["target-1", "money-price", "goal-input"]) {
      expect(await page.locator(`#${id}`).getAttribute("aria-invalid")).toBe("true");
      const describedBy = (await page.locator(`#${id}`).getAttribute("aria-describedby")) ?? "";
      expect(describedBy).toContain(`${id === "goal-input" ? "goal" : id}-message`);
    }
    await links.first().click();
    expect(await page.evaluate(() => location.hash)).toBe("#target-1");
  });

  it("on a desktop the answer sits beside the inputs and stays in view while typing; on a phone it follows them", async () => {
    const wide = await open(example, { width: 1440, height: 900 });
    const inputs = await wide.page.locator(".calculator__form").boundingBox();
    const results = await wide.page.locator(".results").boundingBox();
    expect(results && inputs && results.x > inputs.x + inputs.width - 1).toBe(true);
    await wide.page.locator("#count-4").scrollIntoViewIfNeeded();
    await wide.page.locator("#count-4").fill("6");
    const card = await wide.page.getByTestId("fix-first").boundingBox();
    expect(card && card.y >= 0 && card.y < 900).toBe(true);

    const phone = await open(example, { width: 390, height: 844 });
    const phoneInputs = await phone.page.locator(".calculator__form").boundingBox();
    const phoneResults = await phone.page.locator(".results").boundingBox();
    expect(phoneResults && phoneInputs && phoneResults.y > phoneInputs.y).toBe(true);
    const load = await phone.page.getByRole("button", { name: "Load the example" }).boundingBox();
    expect(load && load.y < 844).toBe(true); // near the top, without scrolling
    await phone.page.getByRole("link", { name: "See the answer" }).click();
    await phone.page.waitForFunction(() => location.hash === "#results-heading");
  });

  it("loading the example over typed numbers offers Undo, and Undo brings them back", async () => {
    const { page } = await open();
    await page.locator("#count-0").fill("640");
    await page.locator("#count-1").fill("200");
    await page.getByRole("button", { name: "Load the example" }).click();
    expect(await page.locator("#count-0").inputValue()).toBe("1000");
    expect(await page.locator(".undo-bar").innerText()).toContain("The example replaced your numbers.");
    await page.getByRole("button", { name: "Undo" }).click();
    expect(await page.locator("#count-0").inputValue()).toBe("640");
    expect(await page.locator("#count-1").inputValue()).toBe("200");
    expect(await page.locator(".undo-bar").isVisible()).toBe(false);
  });

  it("speaks once per pause in typing, and sliders say their value in words", async () => {
    const { page } = await open();
    await page.evaluate(() => {
      const region = document.querySelector('[data-testid="announcement"]');
      (window as unknown as { spoken: string[] }).spoken = [];
      new MutationObserver(() =>
        (window as unknown as { spoken: string[] }).spoken.push(region?.textContent ?? ""),
      ).observe(region!, { childList: true, characterData: true, subtree: true });
    });
    for (const [i, count] of ["1000", "300", "40", "12", "5"].entries())
      await page.locator(`#count-${i}`).pressSequentially(count, { delay: 20 });
    await page.waitForFunction(() => (window as unknown as { spoken: string[] }).spoken.length > 0);
    await page.waitForTimeout(1000);
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken).toEqual(["Fix first: Awareness → Consideration. Overall conversion 0.5%."]);
    expect(await page.locator("[aria-live]").count()).toBe(1);
    expect(await page.locator("#what-if-0").getAttribute("aria-valuetext")).toBe("30 percent");
  });

  it("the share link says what it holds and keeps other parameters, such as utm_source", async () => {
    const { page } = await open(`${example}&utm_source=newsletter`);
    await page.locator("#count-4").fill("6");
    await page.getByRole("button", { name: "Copy share link" }).click();
    await page.waitForFunction(() => document.querySelector(".share-status")?.textContent?.startsWith("Link copied"));
    expect(await page.locator(".results > .share-status").innerText()).toBe(
      "Link copied. It holds your numbers, names and targets: anyone who opens it sees them.",
    );
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.searchParams.get("utm_source")).toBe("newsletter");
    expect(link.searchParams.get("advocacy")).toBe("6");
  });

  it("the CSV opens in Excel as UTF-8 and carries each likely range", async () => {
    const { page } = await open(`${example}&label_awareness=${encodeURIComponent("Café visitors 🙂")}`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("Café visitors 🙂 → Consideration,1000,300,30,27.2,32.9,70,700,50");
  });

  it("the printed report carries the date, the chart and the assumptions, on one page", async () => {
    const { page } = await open(`${example}&price_decision=90&value_retention=900`);
    await page.waitForFunction(() => (document.querySelector("canvas")?.height ?? 0) > 0);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".printed-on").innerText()).toMatch(/^Printed on \d{1,2} \w+ \d{4}\.$/);
    expect(await page.locator(".chart-box").isVisible()).toBe(true);
    expect(await page.locator(".assumptions").innerText()).toContain("Targets: all 4 are the defaults.");
    expect(await page.locator(".assumptions").innerText()).toContain(
      "Awareness → Consideration: A starting assumption",
    );
    expect(await page.locator(".assumptions").innerText()).toContain("Price of the first payment (Decision): £90");
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBe(1);
  });
});
