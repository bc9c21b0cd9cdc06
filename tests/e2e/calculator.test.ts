// The calculator, used the way a person uses it: typing, keys, links, reloads.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserAndSite, watchForProblems } from "../helpers/browser.ts";

const env = useBrowserAndSite();

async function openCalculator(query = "", init?: () => void): Promise<{ page: Page; problems: string[] }> {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const problems = watchForProblems(page);
  await page.goto(`${env.origin}/calculator/${query}`);
  await page.waitForSelector("html.js");
  return { page, problems };
}

const stepText = (page: Page, step: number) => page.getByTestId(`step-${step}`).innerText();
const fixFirstText = (page: Page) => page.getByTestId("fix-first").innerText();

async function typeCounts(page: Page, counts: string[]): Promise<void> {
  for (const [i, count] of counts.entries()) {
    await page.locator(`#count-${i}`).fill("");
    await page.locator(`#count-${i}`).pressSequentially(count);
  }
}

describe("the calculator", () => {
  it("typing the worked example shows the drop-offs and says what to fix first, and why", async () => {
    const { page, problems } = await openCalculator();
    await typeCounts(page, ["1000", "300", "40", "12", "5"]);
    expect(await stepText(page, 1)).toMatch(/30\.0%\s+27\.2–32\.9%\s+70\.0%\s+700/);
    expect(await stepText(page, 2)).toMatch(/13\.3%\s+9\.9–17\.6%\s+86\.7%\s+260/);
    expect(await page.getByTestId("fix-first").getAttribute("data-step")).toBe("1");
    expect(await page.getByTestId("fix-first").getAttribute("data-runner-up")).toBe("2");
    expect(await page.getByTestId("step-1").getAttribute("data-class")).toBe("clearly-below");
    expect(await page.getByTestId("step-3").getAttribute("data-class")).toBe("may-be-below");
    expect(await page.getByTestId("step-4").getAttribute("data-class")).toBe("on-target");
    expect(await page.getByTestId("overall").innerText()).toBe("0.5%");
    const advice = await fixFirstText(page);
    expect(advice).toContain("Fix first: Awareness → Consideration");
    expect(advice).toContain("against a target of 50.0%");
    expect(advice).toContain("reach problem"); // the first step's advice is about reach
    expect(await page.getByTestId("fix-first").getByRole("link").getAttribute("href")).toBe("/guides/awareness/");
    expect(await page.locator("main").innerText()).not.toMatch(/NaN|Infinity|undefined/);
    expect(problems).toEqual([]);
  });

  it("the results update within a frame of a keystroke (measured, not asserted)", async () => {
    const { page } = await openCalculator();
    await typeCounts(page, ["1000", "300", "40", "12", "5"]);
    const durations = await page.evaluate(() =>
      performance.getEntriesByName("calculator-update").map((entry) => entry.duration),
    );
    expect(durations.length).toBeGreaterThan(5);
    const sorted = [...durations].sort((a, b) => a - b);
    console.info(
      `[perf] input → results updated: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)} ms, max ${sorted.at(-1)?.toFixed(2)} ms over ${sorted.length} keystrokes`,
    );
  });

  it("a first visit waits for numbers without flagging every field, and flags the rest once one is typed", async () => {
    const { page } = await openCalculator();
    expect(await page.locator("p.notice").innerText()).toBe(
      "Type how many people reached each stage, or load the example, to see where they drop off.",
    );
    expect(await page.locator('input[aria-invalid="true"]').count()).toBe(0);
    expect(await page.locator(".field-message:visible").count()).toBe(0);
    const downloadCsv = page.getByRole("button", { name: "Download CSV" });
    expect(await downloadCsv.isDisabled()).toBe(true);
    expect(await downloadCsv.evaluate((button) => getComputedStyle(button).opacity)).toBe("0.5");
    await page.locator("#count-0").pressSequentially("1000");
    expect(await page.locator("#count-1-message").innerText()).toContain(
      "Enter how many people reached Consideration.",
    );
    expect(await page.locator('input[aria-invalid="true"]').count()).toBe(4);
    await page.getByRole("button", { name: "Load the example" }).click();
    expect(await downloadCsv.isEnabled()).toBe(true);
  });

  it("a share link opens with the same result, and the page keeps its URL in step with the inputs", async () => {
    const { page } = await openCalculator("?awareness=1000&consideration=300&decision=40&retention=12&advocacy=5");
    expect(await page.locator("#count-0").inputValue()).toBe("1000");
    expect(await fixFirstText(page)).toContain("Fix first: Awareness → Consideration");
    await page.locator("#count-4").fill("6");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("advocacy") === "6");
  });

  it("remembers the numbers after a reload, but a shared link wins over what was saved", async () => {
    const { page } = await openCalculator();
    await typeCounts(page, ["500", "100", "20", "10", "2"]);
    await page.waitForFunction(() => localStorage.getItem("journey-atlas:calculator")?.includes('"2"'));
    await page.goto(`${env.origin}/calculator/`);
    expect(await page.locator("#count-0").inputValue()).toBe("500");
    await page.goto(`${env.origin}/calculator/?awareness=900&consideration=90&decision=9&retention=3&advocacy=1`);
    expect(await page.locator("#count-0").inputValue()).toBe("900");
  });

  it("prices add revenue and put a money value on the fix", async () => {
    const { page } = await openCalculator("?awareness=1000&consideration=300&decision=40&retention=12&advocacy=5");
    await page.locator("summary", { hasText: "Money (optional)" }).click();
    await page.locator("#money-price").fill("90");
    await page.locator("#money-value").fill("900");
    expect(await page.locator(".summary-line").innerText()).toBe("Overall conversion: 0.5% · Revenue: £14,400");
    expect(await fixFirstText(page)).toContain("worth about £9,600 more");
    expect(await fixFirstText(page)).toContain("Ranked by the money each fix adds at your prices.");
    // A free consultation: the first payment moves to Retention, which then holds both roles and earns the
    // value once (12 × £900), and the link names the stage.
    await page.locator("#money-paid").selectOption("retention");
    expect(await page.locator(".summary-line").innerText()).toBe("Overall conversion: 0.5% · Revenue: £10,800");
    expect(await fixFirstText(page)).toContain("about 8 more continuing clients to “Retention” (12 now)");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("paid") === "retention");
    expect(new URL(page.url()).searchParams.get("value")).toBe("900");
    await page.locator("#money-price").fill("-5");
    expect(await page.locator("#money-price-message").innerText()).toBe("A price can't be below zero.");
  });

  it("a link with paid=<stage>&price=…&continuing=<stage>&value=… opens with those roles", async () => {
    const { page } = await openCalculator(
      "?awareness=2400&consideration=180&decision=22&retention=9&advocacy=3&paid=retention&price=90&continuing=retention&value=900",
    );
    expect(await page.locator("#money-paid").inputValue()).toBe("retention");
    expect(await page.locator(".summary-line").innerText()).toBe("Overall conversion: 0.1% · Revenue: £8,100");
    expect(await fixFirstText(page)).toContain("worth about £45,900 more");
  });

  it("renaming a step updates every place it is shown, and the share link keeps the name", async () => {
    const context = await env.browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    await page.goto(`${env.origin}/calculator/?awareness=1000&consideration=300&decision=40&retention=12&advocacy=5`);
    await page.waitForSelector("html.js");
    await page.locator("#label-0").fill("Watched workshop replay");
    expect(await stepText(page, 1)).toContain("Watched workshop replay → Consideration");
    expect(await fixFirstText(page)).toContain(
      "30.0% of the people at “Watched workshop replay” went on to “Consideration”",
    );
    await page.getByRole("button", { name: "Copy share link" }).click();
    await page.waitForFunction(() => document.querySelector(".share-status")?.textContent?.startsWith("Link copied"));
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.searchParams.get("label_awareness")).toBe("Watched workshop replay");
    expect(link.searchParams.get("awareness")).toBe("1000");
    const opened = await context.newPage();
    await opened.goto(link.href);
    await opened.waitForSelector("html.js");
    expect(await opened.getByTestId("step-1").innerText()).toContain("Watched workshop replay → Consideration");
    await context.close();
  });

  it("Load the example and Reset do what they say", async () => {
    const { page } = await openCalculator();
    await page.getByRole("button", { name: "Load the example" }).click();
    expect(await page.locator("#count-1").inputValue()).toBe("300");
    expect(await fixFirstText(page)).toContain("→ Downloaded the CV checklist");
    await page.getByRole("button", { name: "Reset" }).click();
    expect(await page.locator("#count-1").inputValue()).toBe("");
    await page.waitForFunction(() => location.search === "");
  });

  it.each([
    ["empty", "", "Enter how many people reached Consideration. Use 0 if nobody did."],
    ["not a number", "lots", "“lots” is not a number of people. Use digits only, such as 250 or 1,200."],
    ["negative", "-20", "A count can't be below zero."],
    ["a fraction", "12.5", "Count whole people: 12 or 13, not 12.5."],
    ["too large", "5000000000", "That is more than a billion people. Check for an extra zero."],
    ["larger than the stage before", "1500", "More people at “Consideration” (1,500) than at “Awareness” (1,000)."],
  ])(
    "bad input (%s) gets its own message beside the field, announced once typing pauses, and the value is kept",
    async (_name, value, message) => {
      const { page } = await openCalculator("?awareness=1000&consideration=300&decision=40&retention=12&advocacy=5");
      await page.locator("#count-1").fill(value);
      const note = page.locator("#count-1-message");
      expect(await note.innerText()).toContain(message);
      // One polite live region speaks for the whole form, so a screen reader hears one summary, not five.
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="announcement"]')?.textContent?.includes(text),
        message.slice(0, 20),
      );
      expect(await page.getByTestId("announcement").getAttribute("aria-live")).toBe("polite");
      expect(await page.locator("#count-1").getAttribute("aria-describedby")).toBe("count-1-message");
      expect(await page.locator("#count-1").inputValue()).toBe(value);
      expect(await page.locator("main").innerText()).not.toMatch(/NaN|Infinity|undefined/);
    },
  );

  it("all zeros gets its own message and no advice", async () => {
    const { page } = await openCalculator("?awareness=0&consideration=0&decision=0&retention=0&advocacy=0");
    expect(await fixFirstText(page)).toContain("All the counts are zero");
    expect(await page.getByTestId("fix-first").getAttribute("data-step")).toBe("none");
    expect(await page.getByTestId("fix-first").getByRole("listitem").count()).toBe(0);
  });

  it("a hostile query opens no dialog and adds no markup", async () => {
    const { page, problems } = await openCalculator(
      `?awareness=${encodeURIComponent("<img src=x onerror=alert(1)>")}&consideration=${encodeURIComponent('"><script>alert(2)</script>')}&label_decision=${"A".repeat(10000)}`,
    );
    let dialogs = 0;
    page.on("dialog", async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    // Once the page has read the query and shown its messages, anything the markup could run has had its chance.
    await page.locator("#count-0-message").filter({ hasText: "is not a number" }).waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(dialogs).toBe(0);
    expect(await page.locator("main img").count()).toBe(0);
    expect(await page.locator('main script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await page.locator("#count-0-message").innerText()).toContain("is not a number");
    // The markup stays visible as text, exactly as typed, and the over-long name is explained, not cut silently.
    expect(await page.locator("#count-0").inputValue()).toBe("<img src=x onerror=alert(1)>");
    expect(await page.locator("#label-2-message").innerText()).toMatch(
      /This name has \d+ characters; keep it to 60 or fewer\./,
    );
    expect(await page.locator("#label-2").getAttribute("aria-invalid")).toBe("true");
    expect(problems).toEqual([]);
  });

  it("works from the keyboard alone, with a visible focus ring", async () => {
    const { page } = await openCalculator();
    await page.locator("#count-0").focus();
    for (const [i, value] of ["1000", "300", "40", "12", "5"].entries()) {
      await page.keyboard.type(value);
      if (i < 4) {
        await page.keyboard.press("Tab"); // to the next stage's name
        await page.keyboard.press("Tab"); // to the next stage's count
      }
    }
    expect(await fixFirstText(page)).toContain("Fix first: Awareness → Consideration");
    // The next Tab opens the targets with Enter; going back reaches "Load the example", its focus ring shows.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Targets for each step");
    await page.keyboard.press("Enter");
    expect(await page.locator("#target-0").isVisible()).toBe(true);
    for (let i = 0; i < 20; i += 1) {
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === "Load the example") break;
      await page.keyboard.press("Shift+Tab");
    }
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Load the example");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe("solid");
    await page.keyboard.press("Enter");
    expect(await page.locator("#count-1").inputValue()).toBe("300");
    expect(await fixFirstText(page)).toContain("→ Downloaded the CV checklist");
    // Nothing traps focus: tabbing on always reaches the footer's last link.
    let reachedFooter = false;
    for (let i = 0; i < 60 && !reachedFooter; i += 1) {
      await page.keyboard.press("Tab");
      reachedFooter = await page.evaluate(() => document.activeElement?.closest(".site-footer") !== null);
    }
    expect(reachedFooter).toBe(true);
  });

  it("the chart appears after the numbers, with an accessible name and a text summary", async () => {
    const { page, problems } = await openCalculator(
      "?awareness=1000&consideration=300&decision=40&retention=12&advocacy=5",
    );
    const canvas = page.locator("canvas");
    await page.waitForFunction(
      () =>
        (document.querySelector("canvas")?.height ?? 0) > 0 &&
        !document.querySelector(".chart-block [role=status]")?.textContent,
    );
    expect(await canvas.getAttribute("role")).toBe("img");
    expect(await canvas.getAttribute("aria-label")).toContain("people who reached each stage");
    expect(await page.locator("#chart-summary").innerText()).toContain("Consideration 300 (700 lost)");
    expect(problems).toEqual([]);
  });

  it("downloads the results as CSV", async () => {
    const { page } = await openCalculator("?awareness=1000&consideration=300&decision=40&retention=12&advocacy=5");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("Awareness → Consideration,1000,300,30,27.2,32.9,70,700,50");
  });

  it("still works when storage is blocked, and says the numbers won't be kept", async () => {
    const { page, problems } = await openCalculator("", () => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("Blocked", "SecurityError");
        },
      });
    });
    expect(await page.locator(".storage-note").innerText()).toContain("won't be kept");
    await typeCounts(page, ["1000", "300", "40", "12", "5"]);
    expect(await fixFirstText(page)).toContain("Fix first");
    expect(problems).toEqual([]);
  });

  it("the what-if slider changes one step and every number after it", async () => {
    const { page } = await openCalculator("?awareness=1000&consideration=300&decision=40&retention=12&advocacy=5");
    const slider = page.locator("#what-if-1");
    await slider.focus();
    for (let i = 0; i < 14; i += 1) await page.keyboard.press("ArrowRight"); // 13.5% → 20.5%
    expect(await page.locator(".what-if__result").innerText()).toMatch(
      /If Consideration → Decision converted at 20\.\d%, about 8 people would reach “Advocacy” instead of 5/,
    );
  });

  it("the goal back-solve answers at current and at target rates", async () => {
    const { page } = await openCalculator("?awareness=1000&consideration=300&decision=40&retention=12&advocacy=5");
    await page.locator("#goal-input").fill("24");
    expect(await page.locator("#goal-result").innerText()).toBe(
      "To gain 24 continuing clients (“Retention”): At your current rates you need about 2,000 people at “Awareness”. At the target rates you would need about 600 people.",
    );
  });

  it("prints a clean one-page report: results and advice, no form controls", async () => {
    const { page } = await openCalculator(
      "?awareness=1000&consideration=300&decision=40&retention=12&advocacy=5&price_decision=90&value_retention=900",
    );
    await page.waitForFunction(() => (document.querySelector("canvas")?.height ?? 0) > 0);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint"))); // what a browser fires on Print
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".calculator__form").isVisible()).toBe(false);
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByTestId("fix-first").isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBe(1);
  });

  it("shows the worked example, computed at build time, when JavaScript is off", async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.origin}/calculator/`);
    expect(await page.locator(".worked-example").isVisible()).toBe(true);
    expect(await page.locator(".calculator").isVisible()).toBe(false);
    expect(await page.locator(".worked-example").innerText()).toContain(
      "Fix first: Read the article on changing careers → Downloaded the CV checklist",
    );
    await context.close();
  });
});
