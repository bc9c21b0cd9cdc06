// Issue 33 in the browser: an answer that rests on an assumed target says so first, with its switch
// point on the card's hooks; the source shows beside every target; and the best saved month.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserAndSite, watchForProblems } from "../helpers/browser.ts";

const env = useBrowserAndSite();
const therapist =
  "?awareness=2400&consideration=180&decision=22&retention=9&advocacy=3" +
  "&label_awareness=Saw+my+Instagram+posts&label_consideration=Visited+my+website" +
  "&label_decision=Booked+a+free+consultation&label_retention=Became+a+client";

async function open(
  query: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; problems: string[] }> {
  const page = await (await env.browser.newContext({ viewport })).newPage();
  const problems = watchForProblems(page);
  await page.goto(`${env.origin}/calculator/${query}`);
  await page.waitForSelector("html.js");
  await page.getByTestId("fix-first").locator("h3").waitFor();
  return { page, problems };
}

describe("where a target comes from", () => {
  it("the therapist's month: the card says first that the answer rests on an assumption, and where it switches", async () => {
    const { page, problems } = await open(therapist);
    const card = page.getByTestId("fix-first");
    expect(await card.getAttribute("data-step")).toBe("1");
    expect(await card.getAttribute("data-switch-below")).toBe("12.3");
    expect(await card.getAttribute("data-switch-to")).toBe("2");
    const firstLine = await card.locator("p:visible").first().innerText();
    expect(firstLine).toBe(
      "This answer rests on a 50% starting assumption, not on your own numbers. If a good rate here is below 12.3% for you, fix Visited my website → Booked a free consultation first.",
    );
    expect(await page.getByTestId("step-1").locator('td[data-label="Target"]').innerText()).toBe("50.0% (assumed)");

    // She types her own target for that step: the answer moves, and her target is marked as hers.
    await page.locator("summary", { hasText: "Targets" }).click();
    await page.locator("#target-0").fill("5");
    await page.waitForFunction(
      () => document.querySelector('[data-testid="fix-first"]')?.getAttribute("data-step") === "2",
    );
    expect(await page.getByTestId("step-1").locator('td[data-label="Target"]').innerText()).toBe("5.0% (yours)");
    expect(await page.locator("#target-0-note").innerText()).toContain("Your own target");
    expect(await card.locator("p:visible").first().innerText()).toMatch(
      /^This answer rests on a 20% starting assumption/,
    );
    expect(problems).toEqual([]);
  });

  it("no switch point: the hooks are absent", async () => {
    const { page } = await open("?awareness=5000&consideration=0&decision=0&retention=0&advocacy=0");
    const card = page.getByTestId("fix-first");
    expect(await card.getAttribute("data-step")).toBe("1");
    expect(await card.getAttribute("data-switch-below")).toBeNull();
    expect(await card.getAttribute("data-switch-to")).toBeNull();
  });
});
