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
    // The Targets section names each step with her own labels, and follows a rename.
    expect(await page.locator('label[for="target-0"]').innerText()).toBe(
      "Saw my Instagram posts → Visited my website (%)",
    );
    await page.locator("#label-1").fill("Read my About page");
    await page.waitForFunction(
      () =>
        document.querySelector('label[for="target-1"]')?.textContent ===
        "Read my About page → Booked a free consultation (%)",
    );
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

  it("uses the best saved month as targets, naming the period, editable and undoable", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    const save = async (query: string, name: string, month: string) => {
      await page.goto(`${env.origin}/calculator/${query}`);
      await page.waitForSelector("html.js");
      await page.waitForFunction(
        (value) => localStorage.getItem("journey-atlas:calculator")?.includes(value),
        query.slice(-3),
      );
      await page.locator("#period-month").fill(month); // each period covers its own month: no repeat to ask about
      // The name follows the month until one is typed: wait for that before typing over it.
      await page.waitForFunction(() =>
        /\d{4}$/.test((document.querySelector("#period-name") as HTMLInputElement).value),
      );
      await page.locator("#period-name").fill(name);
      await page.getByRole("button", { name: "Save this period" }).click();
      await page.getByText(`Saved “${name}” in this browser.`).waitFor();
    };
    // March: 18.0% into Visited (450 of 2,500); April: 13.3% into Booked (40 of 300), the better month there.
    // Each period's last count differs only so the test can wait for it in storage.
    await save("?awareness=2500&consideration=450&decision=45&retention=20&advocacy=302", "March", "2026-03");
    await save("?awareness=2000&consideration=300&decision=40&retention=12&advocacy=303", "April", "2026-04");
    await page.goto(`${env.origin}/calculator/${therapist}`);
    await page.getByTestId("fix-first").locator("h3").waitFor();
    await page.locator("summary", { hasText: "Targets" }).click();
    const use = page.getByRole("button", { name: "Use my best month as targets" });
    await use.click();
    await page.getByText(/^Set 3 targets from your best saved rates \(“March”, “April”\)/).waitFor();
    expect(await page.locator("#target-0").inputValue()).toBe("18");
    expect(await page.locator("#target-1").inputValue()).toBe("13.3");
    expect(await page.locator("#target-2").inputValue()).toBe("44.4"); // March: 20 of 45
    expect(await page.locator("#target-3").inputValue()).toBe("25"); // no month has 30 at its start: kept
    expect(await page.getByTestId("step-1").locator('td[data-label="Target"]').innerText()).toBe(
      "18.0% (best saved: “March”)",
    );
    expect(await page.locator("#target-0-note").innerText()).toContain("from “March”");
    // Typing over one makes it hers; Undo brings back every target as it was.
    await page.locator("#target-1").fill("15");
    await page.waitForFunction(
      () => document.querySelector('[data-testid="step-2"] td[data-label="Target"]')?.textContent === "15.0% (yours)",
    );
    await use.click();
    expect(await page.locator("#target-1").inputValue()).toBe("13.3");
    await page.getByRole("button", { name: "Undo" }).filter({ visible: true }).click();
    await page.waitForFunction(() => (document.querySelector("#target-1") as HTMLInputElement).value === "15");
    expect(await page.getByTestId("step-2").locator('td[data-label="Target"]').innerText()).toBe("15.0% (yours)");
    expect(problems).toEqual([]);
  });

  it('"2.400" keeps its question and offers a one-click "Use 2,400", reachable from the keyboard', async () => {
    const { page, problems } = await open(therapist);
    await page.locator("#count-0").fill("2.400");
    await page.locator("#count-0-message").getByText("could mean 2400 or 2.4").waitFor();
    const offer = page.getByRole("button", { name: "Use 2,400" });
    await page.locator("#count-0").focus();
    await page.keyboard.press("Tab");
    expect(await offer.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (document.querySelector("#count-0") as HTMLInputElement).value === "2,400");
    expect(await offer.isVisible()).toBe(false);
    expect(await page.locator("#count-0-message").innerText()).toBe("");
    expect(await page.getByTestId("fix-first").getAttribute("data-step")).toBe("1");
    expect(problems).toEqual([]);
  });

  it("results fit the screen: every table cell within the viewport, no scroller of their own (390 to 1920 px)", async () => {
    for (const width of [390, 1280, 1366, 1440, 1920]) {
      const { page } = await open(`${therapist}&target_from_decision=September+2026+launch&target_decision=13.3`, {
        width,
        height: 900,
      });
      const layout = await page.evaluate(() => {
        const cells = [...document.querySelectorAll(".results-table th, .results-table td")];
        const outside = cells.filter((cell) => {
          const box = cell.getBoundingClientRect();
          return box.left < -0.5 || box.right > window.innerWidth + 0.5;
        }).length;
        const scrollers: string[] = [];
        for (let at = document.querySelector(".results-table")?.parentElement; at; at = at.parentElement) {
          if (at === document.body || at === document.documentElement) break;
          const style = getComputedStyle(at);
          const sideways = at.scrollWidth > at.clientWidth + 1 && style.overflowX !== "visible";
          const down = at.scrollHeight > at.clientHeight + 1 && /auto|scroll/.test(style.overflowY);
          if (sideways || down) scrollers.push(at.className || at.tagName);
        }
        return { cells: cells.length, outside, scrollers };
      });
      expect({ width, ...layout }).toEqual({ width, cells: 40, outside: 0, scrollers: [] });
      await page.context().close();
    }
  });
});
