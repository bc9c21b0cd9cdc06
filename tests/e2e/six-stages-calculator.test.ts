// Item 1 of issue 16, in a browser: a copy of the site built with six stages (tests/fixtures/six-stages)
// has a calculator with six inputs and five steps, answers "fix first" as the funnel model does, keeps
// all six counts in its share link, compares six-count periods, and maps six stages. The live site's
// own five stages are left alone: only the copy's _data/stages.json has six.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeFunnel } from "../../src/funnel/funnel.ts";
import { defaultRoleIds, roleStages } from "../../src/funnel/money-roles.ts";
import liveStages from "../../_data/stages.json" with { type: "json" };
import { launchBrowser, serveSite, watchForProblems } from "../helpers/browser.ts";
import { addedStage, buildSixStageSite, sixStages } from "../helpers/six-stage-site.ts";
import type { ServedSite } from "../../scripts/lib/local-browser.ts";

// Chosen so that only the sixth count decides the answer: Retention → Advocacy (5 of 50) is clearly
// below its 25% target, Decision → Onboarding (100 of 150 against 70%) only may be below, and every
// other step is on target. With the first five counts alone the answer would be the onboarding step.
const counts = [1000, 600, 150, 100, 50, 5];
const targets = sixStages.slice(1).map((stage) => stage.targetRate ?? 0);
const expected = analyzeFunnel({ counts, targets });
const sixIds = sixStages.map((stage) => stage.id);
const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

let browser: Browser;
let site: ServedSite;
let remove: () => void;

beforeAll(async () => {
  const built = await buildSixStageSite();
  remove = built.remove;
  const output = built.output;
  browser = await launchBrowser();
  site = await serveSite(output);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  remove?.();
});

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  const problems = watchForProblems(page);
  await page.goto(`${site.origin}${path}`);
  await page.waitForSelector("html.js");
  return { page, problems };
}

const fixFirst = (page: Page) => page.getByTestId("fix-first");

describe("the calculator of a site with six stages", () => {
  it("the counts were chosen so the sixth one decides: the model's answer differs without it", () => {
    expect(sixStages).toHaveLength(6);
    expect(liveStages).toHaveLength(5); // the live site keeps its five
    expect(expected.fixFirst).toMatchObject({ kind: "step", step: 5, runnerUp: 3 });
    expect(expected.steps.map((step) => step.class)).toEqual([
      "on-target",
      "on-target",
      "may-be-below",
      "on-target",
      "clearly-below",
    ]);
    const firstFive = analyzeFunnel({ counts: counts.slice(0, 5), targets: targets.slice(0, 4) });
    expect(firstFive.fixFirst).toMatchObject({ kind: "step", step: 3 });
  });

  it("takes six counts from the keyboard, shows five steps and the model's fix-first answer, and shares all six", async () => {
    const { page, problems } = await open("/calculator/");
    const inputs = page.locator('input[data-field="count"]');
    expect(await inputs.count()).toBe(6);
    expect(await inputs.evaluateAll((list) => list.map((input) => input.getAttribute("data-testid")))).toEqual(
      sixStages.map((stage) => `count-${stage.id}`),
    );

    // Like a person: click into the first count, type, Tab past the next stage's name to its count, type.
    await page.getByTestId(`count-${sixStages[0]!.id}`).click();
    for (const [i, count] of counts.entries()) {
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
        `count-${sixStages[i]!.id}`,
      );
      await page.keyboard.type(String(count));
      if (i < counts.length - 1) {
        await page.keyboard.press("Tab"); // the next stage's name
        await page.keyboard.press("Tab"); // the next stage's count
      }
    }

    // Five steps, each naming both of its stages, with the drop-off the model computes.
    expect(await page.locator('[data-testid^="step-"]').count()).toBe(5);
    for (const step of expected.steps) {
      const row = page.getByTestId(`step-${step.index}`);
      const from = sixStages[step.index - 1]!.name;
      const to = sixStages[step.index]!.name;
      expect(await row.locator("th").innerText()).toBe(`${from} → ${to}`);
      expect(await row.locator('td[data-label="Drop"]').innerText()).toBe(percent(step.drop ?? NaN));
      expect(await row.locator('td[data-label="People lost"]').innerText()).toBe(step.lost.toLocaleString("en-GB"));
      expect(await row.getAttribute("data-class")).toBe(step.class);
    }
    expect(await page.getByTestId("step-3").locator("th").innerText()).toBe(`Decision → ${addedStage.name}`);
    expect(await page.getByTestId("step-4").locator("th").innerText()).toBe(`${addedStage.name} → Retention`);

    // The fix-first answer on the page is the model's: Retention → Advocacy, with Decision → Onboarding next.
    const answer = fixFirst(page);
    expect(await answer.getAttribute("data-step")).toBe("5");
    expect(await answer.getAttribute("data-runner-up")).toBe("3");
    expect(await answer.locator("h3").innerText()).toBe("Fix first: Retention → Advocacy");
    expect(await answer.innerText()).toContain(`${sixStages[5]!.fixes[0]}`);
    expect(await answer.getByRole("link").getAttribute("href")).toBe(sixStages[5]!.guideUrl);
    expect(await page.getByTestId("overall").innerText()).toBe(percent(5 / 1000));
    expect(await page.locator("main").innerText()).not.toMatch(/NaN|Infinity|undefined/);

    // The share link: copied, shown beside the button, and carrying all six counts by stage id.
    await page.getByRole("button", { name: "Copy share link" }).click();
    await page.waitForFunction(() => document.querySelector(".share-status")?.textContent?.startsWith("Link copied"));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(await page.locator("#share-url").inputValue()).toBe(copied);
    const link = new URL(copied);
    for (const [i, stage] of sixStages.entries()) expect(link.searchParams.get(stage.id)).toBe(String(counts[i]));
    expect(problems).toEqual([]);

    // Opened in a fresh browser context (no storage from the first), the link brings back the same page.
    const fresh = await browser.newContext();
    const opened = await fresh.newPage();
    const openedProblems = watchForProblems(opened);
    await opened.goto(link.href);
    await opened.waitForSelector("html.js");
    for (const [i, stage] of sixStages.entries())
      expect(await opened.getByTestId(`count-${stage.id}`).inputValue()).toBe(String(counts[i]));
    expect(await fixFirst(opened).getAttribute("data-step")).toBe("5");
    expect(await fixFirst(opened).locator("h3").innerText()).toBe("Fix first: Retention → Advocacy");
    expect(await opened.getByTestId("step-5").getAttribute("data-class")).toBe("clearly-below");
    expect(openedProblems).toEqual([]);
    await fresh.close();
    await page.context().close();
  });
});

describe("money on a site with six stages: the roles follow the stage, not its position", () => {
  // With prices, the stage holding each role decides: the first payment at Decision, continuing clients at
  // Retention (now stage 5). Counting Onboarding as the continuing stage, by position, would answer step 3.
  const priced = [1000, 600, 200, 130, 40, 12];
  const prices = { price: 90, value: 900 };
  const byRole = analyzeFunnel({
    counts: priced,
    targets,
    prices,
    money: roleStages(sixIds, defaultRoleIds(sixStages)),
  });
  const byPosition = analyzeFunnel({ counts: priced, targets, prices, money: { paid: 2, continuing: 3 } });

  it("the counts were chosen so that roles by position would give another answer", () => {
    expect(byRole.fixFirst).toMatchObject({ kind: "step", step: 4 });
    expect(byPosition.fixFirst).toMatchObject({ kind: "step", step: 3 });
  });

  it("the calculator and the compare page's saved period name the same step, with prices set", async () => {
    const query = sixStages.map((stage, i) => `${stage.id}=${priced[i]}`).join("&");
    const { page, problems } = await open(`/calculator/?${query}`);
    await page.locator("summary", { hasText: "Money (optional)" }).click();
    expect(await page.locator("#money-paid").inputValue()).toBe("decision");
    expect(await page.locator("#money-continuing").inputValue()).toBe("retention");
    await page.locator("#money-price").fill("90");
    await page.locator("#money-value").fill("90 × 10");
    await page.waitForFunction(() => document.querySelector(".summary-line")?.textContent?.includes("Revenue"));
    const revenue = 200 * 90 + 40 * 900;
    expect(await page.locator(".summary-line").innerText()).toContain(`Revenue: £${revenue.toLocaleString("en-GB")}`);
    expect(await fixFirst(page).getAttribute("data-step")).toBe("4");
    expect(await fixFirst(page).locator("h3").innerText()).toBe(`Fix first: ${addedStage.name} → Retention`);

    await page.locator("#period-name").fill("Priced month");
    await page.getByRole("button", { name: "Save this period" }).click();
    await page.getByText("Saved “Priced month” in this browser.").waitFor();
    await page.goto(`${site.origin}/calculator/compare/`);
    await page.waitForSelector("html.js");
    const item = page.locator("li", { hasText: "Priced month" });
    await item.waitFor();
    expect(await item.innerText()).toContain(`Fix first: ${addedStage.name} → Retention`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("the other stage-shaped pages of a site with six stages", () => {
  it("the compare page reads a six-count comparison link and shows five step rows and the overall", async () => {
    const before = counts.join(",");
    const after = [1000, 620, 160, 120, 60, 15].join(",");
    const { page, problems } = await open(
      `/calculator/compare/?before=${before}&after=${after}&before_name=October&after_name=November`,
    );
    await page.getByText("October compared with November").waitFor({ timeout: 10_000 });
    const rows = page.getByTestId("compare-row");
    const steps = await rows.evaluateAll((list) => list.map((row) => row.getAttribute("data-step")));
    expect(steps).toEqual([...sixStages.slice(1).map((stage, i) => `${sixStages[i]!.id}→${stage.id}`), "overall"]);
    const titles = await page.locator('[data-testid="compare-row"]:not([data-step="overall"]) th').allInnerTexts();
    expect(titles).toEqual(sixStages.slice(1).map((stage, i) => `${sixStages[i]!.name} → ${stage.name}`));
    expect(await page.locator(".link-problems").isVisible()).toBe(false);
    expect(problems).toEqual([]);

    // A five-count link is named as the wrong length for this journey, not read as five stages.
    const short = await open("/calculator/compare/?before=1000,300,40,12,5&after=1200,330,52,15,6");
    const alert = short.page.locator(".link-problems");
    await alert.waitFor();
    expect(await alert.innerText()).toContain("the link has 5 counts, but it needs 6");
    await short.page.context().close();
  });

  it("the journey-map worksheet shows six stage columns, in order", async () => {
    const { page, problems } = await open("/map/");
    const headings = await page.locator(".map-editor thead th").allInnerTexts();
    expect(headings.map((text) => text.split("\n")[0]?.replace(" guide", "").trim())).toEqual(
      sixStages.map((stage) => stage.name),
    );
    expect(await page.getByTestId(`cell-${addedStage.id}-touchpoints`).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
