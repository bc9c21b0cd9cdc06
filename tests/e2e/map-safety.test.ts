// The journey map loses nothing: two tabs on one map, a full storage, a deletion undone after a reload,
// and a stored map that cannot be read. Driven as a person would, in Chromium.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import stages from "../../_data/stages.json" with { type: "json" };
import { createMap } from "../../src/map/map-model.ts";
import { useBrowserAndSite, watchForProblems } from "../helpers/browser.ts";
import { holdTimers, releaseTimers } from "../helpers/held-timers.ts";
import { fillStorage, freeStorage } from "../helpers/fill-storage.ts";
import { cellText, storedMapText } from "../helpers/map-page.ts";
import { projectRoot } from "../helpers/paths.ts";

const env = useBrowserAndSite();
const tmp = join(projectRoot, "tests/.tmp");
const stageIds = stages.map((stage) => stage.id);

async function openMap(context: BrowserContext, options: { heldSaves?: boolean } = {}): Promise<Page> {
  const page = await context.newPage();
  // Held save timers keep this tab's saves back until the test releases them: a tab with edits not yet saved.
  const held = options.heldSaves === true;
  if (held) await holdTimers(page, 500);
  await page.goto(`${env.origin}/map/`);
  await page.waitForSelector("html.js");
  return page;
}

async function addItem(page: Page, stage: string, lane: string, text: string): Promise<void> {
  await page.locator(`#add-${stage}-${lane}`).fill(text);
  await page.locator(`#add-${stage}-${lane}`).press("Enter");
}

/** Waits for the save of the change just made: the note names a time only after a write that happened. */
async function waitForSave(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      Object.entries(localStorage).some(
        ([key, value]) => key.startsWith("journey-atlas:map:") && value.includes(expected),
      ),
    text,
  );
  await page.waitForFunction(() =>
    document.querySelector(".map-save")?.textContent?.startsWith("Saved in this browser at"),
  );
}

describe("the journey map loses nothing", () => {
  it("two tabs: the one without edits follows the other; when both changed, the user chooses", async () => {
    const context = await env.browser.newContext();
    const first = await openMap(context);
    const problems = watchForProblems(first);
    await addItem(first, "awareness", "touchpoints", "Podcast");
    await waitForSave(first, "Podcast");
    const second = await openMap(context, { heldSaves: true });
    problems.push(...watchForProblems(second));
    expect(await cellText(second, "awareness", "touchpoints")).toEqual(["Podcast"]);

    // The second tab has nothing unsaved, so it takes the first tab's change.
    await addItem(first, "awareness", "touchpoints", "Flyer");
    await waitForSave(first, "Flyer");
    await second.getByText("Updated with the changes made in another tab.").waitFor();
    expect(await cellText(second, "awareness", "touchpoints")).toEqual(["Podcast", "Flyer"]);

    // Both change the map: the first tab saves; the second's change is held back, and it asks.
    await addItem(second, "decision", "actions", "Books a call");
    await addItem(first, "retention", "painPoints", "Missed sessions");
    await waitForSave(first, "Missed sessions");
    const problem = second.getByTestId("map-problem");
    await problem.getByText("was changed in another tab after you started editing it here").waitFor();
    await releaseTimers(second); // the second tab's own save comes due, and still writes nothing over
    expect(await storedMapText(second)).toContain("Missed sessions");
    expect(await storedMapText(second)).not.toContain("Books a call");
    expect(await second.locator(".map-save").innerText()).toBe(
      "Your latest changes are not saved in this browser yet.",
    );
    // Screenshots of the choice, at phone and desktop widths.
    for (const width of [390, 1440]) {
      await second.setViewportSize({ width, height: 800 });
      await problem.scrollIntoViewIfNeeded();
      await second.screenshot({ path: join(tmp, `map-conflict-${width}.png`) });
    }

    // The user keeps this tab's version: it is written, and the first tab (with nothing unsaved) follows.
    await problem.getByRole("button", { name: "Keep this tab’s version" }).click();
    await second.waitForFunction(() => Object.values(localStorage).some((value) => value.includes("Books a call")));
    expect(await problem.isVisible()).toBe(false);
    await first.getByText("Updated with the changes made in another tab.").waitFor();
    expect(await cellText(first, "decision", "actions")).toEqual(["Books a call"]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a full storage: the map says so where you work, offers the download, and saves once there is room", async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await openMap(context);
    await addItem(page, "awareness", "touchpoints", "Podcast");
    await waitForSave(page, "Podcast");
    const filler = await fillStorage(page);
    await page.locator("#add-decision-touchpoints").scrollIntoViewIfNeeded();
    await addItem(page, "decision", "touchpoints", "Phone call");
    const problem = page.getByTestId("map-problem");
    await problem.getByText("this browser’s storage is full").waitFor();
    expect(await storedMapText(page)).not.toContain("Phone call");
    expect(await page.locator(".map-save").innerText()).not.toContain("Saved");
    // The message is in view while the grid is, and its button downloads the map with the unsaved change.
    expect(await problem.evaluate((element) => element.getBoundingClientRect().top >= 0)).toBe(true);
    await page.setViewportSize({ width: 390, height: 800 });
    await page.screenshot({ path: join(tmp, "map-storage-full-390.png") });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      problem.getByRole("button", { name: "Download map" }).click(),
    ]);
    expect(readFileSync((await download.path()) ?? "", "utf8")).toContain("Phone call");
    await freeStorage(page, filler);
    await addItem(page, "decision", "touchpoints", "Online booking");
    await waitForSave(page, "Online booking");
    expect(await storedMapText(page)).toContain("Phone call");
    expect(await problem.isVisible()).toBe(false);
    await context.close();
  });

  it("a deleted map can be brought back after a reload; a day later it is gone", async () => {
    const context = await env.browser.newContext();
    const page = await openMap(context);
    await page.locator("#map-name").fill("Doomed map");
    await addItem(page, "awareness", "actions", "Reads a post");
    await waitForSave(page, "Doomed map");
    await page.getByRole("button", { name: "New map" }).click();
    await page.locator("#map-choice").selectOption({ label: "Doomed map" });
    await page.getByRole("button", { name: "Delete this map" }).click();
    expect(await page.locator(".map-status").innerText()).toContain(
      "Deleted “Doomed map”. Undo brings it back for a day.",
    );
    await page.reload();
    await page.waitForSelector("html.js");
    expect(await page.locator(".map-status").innerText()).toMatch(/Deleted “Doomed map” at \d\d:\d\d\./);
    await page.getByRole("button", { name: "Undo" }).click();
    expect(await page.locator("#map-name").inputValue()).toBe("Doomed map");
    expect(await cellText(page, "awareness", "actions")).toEqual(["Reads a post"]);
    // Deleted again, and the deletion made a day and a minute ago: the next visit purges it.
    await page.getByRole("button", { name: "Delete this map" }).click();
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((name) => name.startsWith("journey-atlas:map-deleted:")) ?? "";
      const entry = JSON.parse(localStorage.getItem(key) ?? "{}");
      entry.deletedAt = new Date(Date.now() - 24 * 60 * 60 * 1000 - 60_000).toISOString();
      localStorage.setItem(key, JSON.stringify(entry));
    });
    await page.reload();
    await page.waitForSelector("html.js");
    expect(await page.getByRole("button", { name: "Undo" }).isVisible()).toBe(false);
    expect(await page.evaluate(() => Object.keys(localStorage).some((key) => key.includes("map-deleted")))).toBe(false);
    await context.close();
  });

  it("a stored map that cannot be read is listed, kept as it is, and a file with its id opens as a copy", async () => {
    const context = await env.browser.newContext();
    const page = await openMap(context);
    await page.evaluate(() => localStorage.setItem("journey-atlas:map:abc", "{ half a map"));
    await page.reload();
    await page.waitForSelector("html.js");
    await page.getByText("One map stored in this browser could not be read.").waitFor();
    const fromFile = createMap({ id: "abc", name: "From a file", now: "2026-11-30T09:00:00.000Z", stageIds });
    const file = join(tmp, "same-id-as-unreadable.json");
    writeFileSync(file, JSON.stringify(fromFile));
    await page.locator("#map-file").setInputFiles(file);
    await page.getByText("cannot be read (it is kept as it is), so the file opened beside it").waitFor();
    expect(await page.locator("#map-name").inputValue()).toBe("From a file (from file)");
    expect(await page.evaluate(() => localStorage.getItem("journey-atlas:map:abc"))).toBe("{ half a map");
    await context.close();
  });
});
