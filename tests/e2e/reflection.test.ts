// The reflection box at the end of each stage guide, used as a reader would.
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { useBrowserAndSite, watchForProblems } from "../helpers/browser.ts";
import { holdTimers, releaseTimers } from "../helpers/held-timers.ts";
import { fillStorage } from "../helpers/fill-storage.ts";
import { projectRoot } from "../helpers/paths.ts";

const env = useBrowserAndSite();

/** `heldSaves`: the page's save timers wait for the test, so a save half a second after typing never comes. */
async function openGuide(context: BrowserContext, stage: string, heldSaves = false): Promise<Page> {
  const page = await context.newPage();
  const held = heldSaves;
  if (held) await holdTimers(page, 500);
  await page.goto(`${env.origin}/guides/${stage}/`);
  await page.waitForSelector("html.js");
  return page;
}
const status = (page: Page) => page.locator("#reflection-status").innerText();

describe("the reflection box", () => {
  it("saves as you type, says so quietly, and comes back after a reload", async () => {
    const context = await env.browser.newContext();
    const page = await openGuide(context, "decision");
    const problems = watchForProblems(page);
    await page.locator("#reflection-text").pressSequentially("Booking takes six clicks on a phone.");
    await page.waitForFunction(
      () => document.querySelector("#reflection-status .js-only")?.textContent?.trim() === "Saved",
    );
    await page.reload();
    await page.waitForSelector("html.js");
    expect(await page.locator("#reflection-text").inputValue()).toBe("Booking takes six clicks on a phone.");
    expect(await status(page)).toContain("Saved in this browser");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps a separate note for each guide", async () => {
    const context = await env.browser.newContext();
    const decision = await openGuide(context, "decision");
    await decision.locator("#reflection-text").fill("Decision note");
    await decision.waitForFunction(
      () => document.querySelector("#reflection-status .js-only")?.textContent?.trim() === "Saved",
    );
    const retention = await openGuide(context, "retention");
    expect(await retention.locator("#reflection-text").inputValue()).toBe("");
    await context.close();
  });

  it("can be cleared, and the clear can be undone so nothing is lost by accident", async () => {
    const context = await env.browser.newContext();
    const page = await openGuide(context, "awareness");
    await page.locator("#reflection-text").fill("Podcast guests bring my best clients.");
    await page.waitForFunction(
      () => document.querySelector("#reflection-status .js-only")?.textContent?.trim() === "Saved",
    );
    await page.getByRole("button", { name: "Clear" }).click();
    expect(await page.locator("#reflection-text").inputValue()).toBe("");
    await page.reload();
    await page.waitForSelector("html.js");
    expect(await page.locator("#reflection-text").inputValue()).toBe("");
    await page.locator("#reflection-text").fill("Second try");
    await page.getByRole("button", { name: "Clear" }).click();
    await page.getByRole("button", { name: "Undo clear" }).click();
    expect(await page.locator("#reflection-text").inputValue()).toBe("Second try");
    await context.close();
  });

  it("copies every reflection, in stage order, with one button", async () => {
    const context = await env.browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const awareness = await openGuide(context, "awareness");
    await awareness.locator("#reflection-text").fill("First note");
    await awareness.waitForFunction(
      () => document.querySelector("#reflection-status .js-only")?.textContent?.trim() === "Saved",
    );
    const advocacy = await openGuide(context, "advocacy");
    await advocacy.locator("#reflection-text").fill("Last note");
    await advocacy.getByRole("button", { name: "Copy all my reflections" }).click();
    await advocacy.waitForFunction(() =>
      document.querySelector("#reflection-status .js-only")?.textContent?.startsWith("Copied"),
    );
    expect(await status(advocacy)).toBe("Copied 2 reflections to the clipboard.");
    expect(await advocacy.evaluate(() => navigator.clipboard.readText())).toBe(
      "Awareness\nFirst note\n\nAdvocacy\nLast note",
    );
    await context.close();
  });

  it("works from the keyboard: type, Tab to Clear, Enter, Tab back to Undo clear, Enter", async () => {
    const context = await env.browser.newContext();
    const page = await openGuide(context, "retention");
    await page.locator("#reflection-text").focus();
    await page.keyboard.type("Typed with the keyboard");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Clear");
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe("solid");
    await page.keyboard.press("Enter");
    expect(await page.locator("#reflection-text").inputValue()).toBe("");
    await page.getByRole("button", { name: "Undo clear" }).waitFor(); // it appears on Alpine's next tick
    await page.keyboard.press("Shift+Tab"); // Undo clear appears before Clear in the tab order
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Undo clear");
    await page.keyboard.press("Enter");
    expect(await page.locator("#reflection-text").inputValue()).toBe("Typed with the keyboard");
    await context.close();
  });

  it("text typed just before leaving the page is kept (it saves on pagehide)", async () => {
    const context = await env.browser.newContext();
    const page = await openGuide(context, "decision", true);
    await page.locator("#reflection-text").pressSequentially("Typed and gone");
    expect(await page.evaluate(() => localStorage.getItem("journey-atlas:reflection:decision"))).toBeNull();
    await page.goto(`${env.origin}/guides/retention/`);
    expect(await page.evaluate(() => localStorage.getItem("journey-atlas:reflection:decision"))).toBe("Typed and gone");
    await context.close();
  });

  it("two tabs: one without edits follows the other; when both changed, the user chooses and can undo", async () => {
    const context = await env.browser.newContext();
    const first = await openGuide(context, "awareness");
    const second = await openGuide(context, "awareness", true);
    const problems = [...watchForProblems(first), ...watchForProblems(second)];
    await first.locator("#reflection-text").fill("Written in the first tab");
    await first.waitForFunction(
      () => document.querySelector("#reflection-status .js-only")?.textContent?.trim() === "Saved",
    );
    await second.getByText("Updated with what you wrote in another tab.").waitFor();
    expect(await second.locator("#reflection-text").inputValue()).toBe("Written in the first tab");
    // Both change it; the first saves, and the second's text is neither saved over it nor lost.
    await second.locator("#reflection-text").fill("Second tab's thoughts");
    await first.locator("#reflection-text").fill("First tab, later");
    await second.getByText("This note was changed in another tab after you started typing here.").waitFor();
    await releaseTimers(second);
    const stored = () => first.evaluate(() => localStorage.getItem("journey-atlas:reflection:awareness"));
    expect(await stored()).toBe("First tab, later");
    expect(await second.locator("#reflection-text").inputValue()).toBe("Second tab's thoughts");
    for (const width of [390, 1440]) {
      await second.setViewportSize({ width, height: 800 });
      await second.locator(".reflection").scrollIntoViewIfNeeded();
      await second.screenshot({ path: join(projectRoot, `tests/.tmp/reflection-conflict-${width}.png`) });
    }
    // Taking the other tab's note keeps this tab's text one click away.
    await second.getByRole("button", { name: "Use the other tab’s note" }).click();
    expect(await second.locator("#reflection-text").inputValue()).toBe("First tab, later");
    await second.getByRole("button", { name: "Bring back what I typed here" }).click();
    expect(await second.locator("#reflection-text").inputValue()).toBe("Second tab's thoughts");
    expect(await stored()).toBe("Second tab's thoughts");
    await first.getByText("Updated with what you wrote in another tab.").waitFor();
    expect(await first.locator("#reflection-text").inputValue()).toBe("Second tab's thoughts");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a full storage: says the note is not saved, beside it, and offers a download", async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await openGuide(context, "retention");
    await fillStorage(page);
    await page.locator("#reflection-text").fill("A note with nowhere to go");
    await page.getByText("Not saved: this browser’s storage is full or blocked.").waitFor();
    expect(await status(page)).not.toContain("Saved");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download this note" }).click(),
    ]);
    expect(await download.suggestedFilename()).toBe("reflection-retention.txt");
    await context.close();
  });

  it("says notes won't be kept when storage is blocked", async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("Blocked", "SecurityError");
        },
      });
    });
    const page = await openGuide(context, "consideration");
    expect(await status(page)).toContain("won't be kept");
    await page.locator("#reflection-text").fill("Still typeable");
    expect(await page.locator("#reflection-text").inputValue()).toBe("Still typeable");
    await context.close();
  });

  it("explains that saving needs JavaScript when it is off", async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.origin}/guides/consideration/`);
    expect(await status(page)).toContain("Saving needs JavaScript");
    expect(await page.getByRole("button", { name: "Clear" }).isVisible()).toBe(false);
    await context.close();
  });
});
