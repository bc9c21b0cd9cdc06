// Saving periods, comparing them, links, import, backup and restore, used the way a coach would.
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserAndSite, watchForProblems } from "../helpers/browser.ts";

const env = useBrowserAndSite();

async function saveFromCalculator(page: Page, query: string, name: string, note = ""): Promise<void> {
  await page.goto(`${env.origin}/calculator/?${query}`);
  await page.waitForSelector("html.js");
  const advocacy = new URLSearchParams(query).get("advocacy") ?? "";
  await page.waitForFunction(
    (value) => localStorage.getItem("journey-atlas:calculator")?.includes(`"${value}"`),
    advocacy,
  );
  await page.locator("#period-name").fill(name);
  if (note) await page.locator("#period-note").fill(note);
  await page.getByRole("button", { name: "Save this period" }).click();
  await page.getByText(`Saved “${name}” in this browser.`).waitFor();
}

async function openCompare(context: BrowserContext, query = ""): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems = watchForProblems(page);
  await page.goto(`${env.origin}/calculator/compare/${query}`);
  await page.waitForSelector("html.js");
  return { page, problems };
}

const verdicts = (page: Page) =>
  page
    .getByTestId("compare-row")
    .evaluateAll((rows) => rows.map((row) => `${row.getAttribute("data-step")}:${row.getAttribute("data-verdict")}`));

async function backupText(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Back up all periods" }).click(),
  ]);
  return readFileSync((await download.path()) ?? "", "utf8");
}

describe("comparing periods", () => {
  it("saves three periods from the calculator, keeps them after a reload, and compares the two most recent", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await saveFromCalculator(
      page,
      "awareness=900&consideration=260&decision=30&retention=10&advocacy=4",
      "September 2026",
    );
    await saveFromCalculator(
      page,
      "awareness=1000&consideration=300&decision=40&retention=12&advocacy=5",
      "October 2026",
      "changed the discovery-call script",
    );
    await saveFromCalculator(
      page,
      "awareness=1000&consideration=380&decision=52&retention=15&advocacy=6",
      "November 2026",
    );
    expect(await page.getByRole("link", { name: "Compare saved periods" }).getAttribute("href")).toBe(
      "/calculator/compare/",
    );
    await page.goto(`${env.origin}/calculator/compare/`);
    await page.reload();
    await page.getByTestId("period").nth(2).waitFor();
    expect(await page.getByTestId("period").locator("h3").allInnerTexts()).toEqual([
      "November 2026",
      "October 2026",
      "September 2026",
    ]);
    expect(await page.getByTestId("period").nth(1).innerText()).toContain("changed the discovery-call script");
    expect(await page.getByTestId("period").nth(1).innerText()).toContain("Fix first: Awareness → Consideration");
    expect(await page.locator("#before-period").inputValue()).not.toBe(
      await page.locator("#after-period").inputValue(),
    );
    expect(await page.locator("h2#comparison-heading").innerText()).toBe("October 2026 compared with November 2026");
    expect((await verdicts(page))[0]).toBe("awareness→consideration:better");
    expect(await page.getByTestId("sentences").innerText()).toContain(
      "Awareness → Consideration rose from 30.0% to 38.0%. That is very unlikely to be chance.",
    );
    expect(await page.getByTestId("headline").innerText()).toContain(
      "Awareness → Consideration rose from 30.0% to 38.0%. That is very unlikely to be chance.",
    );
    // Picking another period updates the comparison.
    await page.locator("#before-period").selectOption({ label: "September 2026" });
    await page.getByText("September 2026 compared with November 2026").waitFor();
    // How fast that is, over many picks: compare-trend.test.ts.
    // The trend table lists every period, oldest first.
    expect(await page.locator(".trend-table tbody th").allInnerTexts()).toEqual([
      "September 2026",
      "October 2026",
      "November 2026",
    ]);
    await page.waitForFunction(() =>
      [...document.querySelectorAll(".trend-chart canvas")].every((c) => (c as HTMLCanvasElement).height > 0),
    );
    // CSV download: the columns.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? "", "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFstep,step_label,before_from,before_to,before_rate,after_from,after_to,after_rate,change_points,ci_low_points,ci_high_points,p_value,prob_better,verdict,people_needed",
    );
    // Rename, then delete with Undo.
    await page.getByTestId("period").nth(0).getByRole("button", { name: "Rename or edit note" }).click();
    await page.locator(".period__edit input[data-field=name]").fill("November (new script)");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Saved the changes to “November (new script)”.").waitFor();
    await page.getByTestId("period").nth(1).getByRole("button", { name: "Delete" }).click();
    await page.getByText("Deleted “October 2026”.").waitFor();
    expect(await page.getByTestId("period").count()).toBe(2);
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Brought back “October 2026”.").waitFor();
    expect(await page.getByTestId("period").count()).toBe(3);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a month saved twice is one period, repeats ask first, and lists, pickers and trends follow the dates", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const problems = watchForProblems(page);
    const november = "awareness=1000&consideration=380&decision=52&retention=15&advocacy=6";
    await saveFromCalculator(page, november, "November 2026");
    // The same numbers again: nothing changes, and the page says so.
    await page.getByRole("button", { name: "Save this period" }).click();
    await page.getByText("“November 2026” is already saved with exactly these numbers, so nothing changed.").waitFor();
    // Other numbers for the same month: it asks, and saves nothing until told.
    await page.getByTestId("count-consideration").fill("390");
    await page.waitForFunction(() => localStorage.getItem("journey-atlas:calculator")?.includes('"390"'));
    await page.getByRole("button", { name: "Save this period" }).click();
    await page.getByTestId("replace-period").getByText("“November 2026” (November 2026) is already saved").waitFor();
    await page.getByRole("button", { name: "Replace it" }).click();
    await page.getByText("Replaced “November 2026” in this browser.").waitFor();
    // October saved after November, as a coach catching up would.
    await saveFromCalculator(
      page,
      "awareness=1000&consideration=300&decision=40&retention=12&advocacy=5",
      "October 2026",
    );
    await page.goto(`${env.origin}/calculator/compare/`);
    await page.getByTestId("period").nth(1).waitFor();
    expect(await page.getByTestId("period").locator("h3").allInnerTexts()).toEqual(["November 2026", "October 2026"]);
    expect(await page.locator("#before-period option").allInnerTexts()).toEqual(["November 2026", "October 2026"]);
    expect(await page.locator("h2#comparison-heading").innerText()).toBe("October 2026 compared with November 2026");
    expect(await page.locator(".trend-table tbody th").allInnerTexts()).toEqual(["October 2026", "November 2026"]);
    // A CSV that repeats October with other numbers offers replace or skip, never a silent copy.
    await page.locator("#import-text").fill("October 2026,1000,310,40,12,5\nSeptember 2026,900,260,30,10,4");
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByTestId("import-question").getByText("One repeats a period saved here").waitFor();
    await page.getByRole("button", { name: "Import, skipping them" }).click();
    await page.getByText("Imported 1 period; skipped 1 period already saved here.").waitFor();
    expect(await page.getByTestId("period").locator("h3").allInnerTexts()).toEqual([
      "November 2026",
      "October 2026",
      "September 2026",
    ]);
    expect(await page.getByTestId("period").nth(1).innerText()).toContain("October 2026 · saved");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("speaks the coach's stage names, says how long an unclear change needs, and shows every verdict on a phone", async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    const labelled = "label_consideration=Booked%20a%20call";
    await saveFromCalculator(
      page,
      `awareness=1000&consideration=120&decision=40&retention=12&advocacy=5&${labelled}`,
      "October 2026",
    );
    await saveFromCalculator(
      page,
      `awareness=1000&consideration=190&decision=45&retention=13&advocacy=5&${labelled}`,
      "November 2026",
    );
    // Compare is in the navigation, on every page.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
    await page.getByTestId("compare-row").nth(4).waitFor();
    expect(await page.getByTestId("headline").innerText()).toBe(
      "Awareness → Booked a call rose from 12.0% to 19.0%. That is very unlikely to be chance.",
    );
    const sentences = await page.getByTestId("sentences").innerText();
    expect(sentences).toContain(
      "Booked a call → Decision fell from 33.3% to 23.7%: probably worse, but not yet sure, as a change this size could still be chance. To tell a change this size, each period needs about 342 people reaching Booked a call: about 1 more month like November 2026 (2 in all).",
    );
    expect(sentences).toContain("Overall conversion stayed at 0.5%.");
    expect(sentences).toMatch(
      /Decision → Retention fell from 30\.0% to 28\.9%\. That could still be chance\. To tell a change this size, each period needs about [\d,]+ people reaching Decision: about [\d,]+ more months like November 2026 \([\d,]+ in all\)\./,
    );
    // At 390 px each step is a card: its verdict is on screen without scrolling sideways.
    for (const verdict of await page.getByTestId("verdict").all()) {
      const box = (await verdict.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await verdict.innerText()).not.toBe("");
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "tests/.tmp/compare-390.png", fullPage: true });
    // The statistics wait in a details view.
    const statistics = page.getByTestId("statistics");
    expect(await statistics.getByTestId("statistics-row").first().isVisible()).toBe(false);
    await statistics.locator("summary").click();
    expect(await statistics.getByTestId("statistics-row").first().innerText()).toContain("< 0.001");
    // The trend charts and the CSV use the coach's words too.
    expect(await page.locator(".trend-chart figcaption").first().innerText()).toBe("Awareness → Booked a call");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const rows = readFileSync((await download.path()) ?? "", "utf8").split("\r\n");
    expect(rows[1]!.split(",").slice(0, 2)).toEqual(["awareness→consideration", "Awareness → Booked a call"]);
    expect(rows[3]!.split(",").at(-1)).toMatch(/^\d+$/); // people needed for the unclear step
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: "tests/.tmp/compare-1440.png", fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the home page and the calculator link to compare before anything is saved", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.origin}/`);
    await page.getByRole("main").getByRole("link", { name: "Compare two periods" }).click();
    await page.waitForURL(/\/calculator\/compare\/$/);
    expect(
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Compare" })
        .getAttribute("aria-current"),
    ).toBe("page");
    expect(
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Calculator" })
        .getAttribute("aria-current"),
    ).toBeNull();
    await page.goto(`${env.origin}/calculator/`);
    await page.waitForSelector("html.js");
    expect(await page.getByRole("link", { name: "Compare saved periods" }).isVisible()).toBe(true);
    await context.close();
  });

  it("a period saved in another tab shows up on an open compare page, and pasted imports share the 1 MB limit", async () => {
    const context = await env.browser.newContext();
    const { page: compare, problems } = await openCompare(context);
    await compare.getByText("No periods are saved in this browser yet.").waitFor();
    const calculator = await context.newPage();
    await saveFromCalculator(
      calculator,
      "awareness=1000&consideration=300&decision=40&retention=12&advocacy=5",
      "October 2026",
    );
    await compare.getByTestId("period").locator("h3").getByText("October 2026").waitFor();
    await compare.locator("#import-text").fill("x".repeat(1_000_001));
    await compare.getByRole("button", { name: "Preview" }).click();
    await compare.getByText("That is over 1 MB, too much for a list of periods. Paste fewer rows.").waitFor();
    expect(await compare.getByTestId("import-preview").count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a period saved before periods had dates is kept, dated from its name or its saving", async () => {
    const context = await env.browser.newContext();
    const { page, problems } = await openCompare(context);
    await page.evaluate(async () => {
      const old = (id: string, name: string, savedAt: string) => ({
        id,
        name,
        savedAt,
        note: "",
        counts: [1000, 300, 40, 12, 5],
        labels: ["", "", "", "", ""],
        targets: [0.5, 0.2, 0.4, 0.25],
        prices: { decision: null, retention: null, currency: "GBP" },
      });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open("journey-atlas");
        open.onupgradeneeded = () => open.result.createObjectStore("periods");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const store = db.transaction("periods", "readwrite").objectStore("periods");
      store.put(old("a", "Spring launch", "2026-04-20T10:00:00.000Z"), "a");
      store.put(old("b", "March 2026", "2026-11-20T10:00:00.000Z"), "b");
      await new Promise((resolve) => (store.transaction.oncomplete = resolve));
      db.close();
    });
    await page.reload();
    await page.getByTestId("period").nth(1).waitFor();
    expect(await page.getByTestId("period").locator(".hint").allInnerTexts()).toEqual([
      expect.stringMatching(/^April 2026 · saved 20 April 2026/),
      expect.stringMatching(/^March 2026 · saved 20 November 2026/),
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a comparison link opens in a fresh browser with no saved periods, and bad values are named", async () => {
    const context = await env.browser.newContext();
    const { page, problems } = await openCompare(
      context,
      "?before=1000,300,40,12,5&after=1200,330,52,15,6&before_name=October&after_name=November",
    );
    await page.getByText("October compared with November").waitFor();
    expect(await verdicts(page)).toEqual([
      "awareness→consideration:unclear",
      "consideration→decision:unclear",
      "decision→retention:unclear",
      "retention→advocacy:unclear",
      "overall:unclear",
    ]);
    expect(await page.getByTestId("sentences").innerText()).toContain(
      "Retention → Advocacy fell from 41.7% to 40.0%, but only 12 people started this step in October: too few people to tell whether it really changed.",
    );
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy comparison link" }).click();
    expect(await page.locator("#share-url").inputValue()).toBe(
      `${env.origin}/calculator/compare/?before=1000%2C300%2C40%2C12%2C5&after=1200%2C330%2C52%2C15%2C6&before_name=October&after_name=November`,
    );
    const bad = await openCompare(context, "?before=1000,abc,40,12,5&after=1,2,3&after_name=%3Cimg%20src%3Dx%3ENov");
    const alert = bad.page.locator(".link-problems");
    await alert.waitFor();
    expect(await alert.innerText()).toContain("Before (Before), Consideration: “abc” is not a number of people.");
    expect(await alert.innerText()).toContain("After (img src=xNov): the link has 3 counts, but it needs 5");
    expect(await bad.page.locator("main img").count()).toBe(0);
    expect([...problems, ...bad.problems]).toEqual([]);
    await context.close();
  });

  it("a pasted table with one bad row previews the problem and imports only the valid rows", async () => {
    const context = await env.browser.newContext();
    const { page, problems } = await openCompare(context);
    await page
      .locator("#import-text")
      .fill(
        "Period\tAwareness\tConsideration\tDecision\tRetention\tAdvocacy\nAugust\t800\t240\t30\t9\t3\nSeptember\t900\t260\tabc\t10\t4\nOctober\t1000\t300\t40\t12\t5",
      );
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByTestId("import-preview").waitFor();
    expect(await page.getByTestId("import-preview").innerText()).toContain(
      "row 3, Decision: 'abc' is not a whole number",
    );
    expect(await page.getByTestId("period").count()).toBe(0);
    await page.getByRole("button", { name: "Import the valid rows" }).click();
    await page.getByText("Imported 2 periods.").waitFor();
    expect(await page.getByTestId("period").locator("h3").allInnerTexts()).toEqual(["October", "August"]);
    expect(await page.locator("h2#comparison-heading").innerText()).toBe("August compared with October");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a backup restores into a fresh browser byte for byte, and a broken backup changes nothing", async () => {
    const first = await env.browser.newContext();
    const { page } = await openCompare(first);
    await page
      .locator("#import-text")
      .fill("October,1000,300,40,12,5\nNovember,1200,330,52,15,6\nDecember,1100,310,50,14,6");
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("button", { name: "Import the valid rows" }).click();
    await page.getByText("Imported 3 periods.").waitFor();
    const backup = await backupText(page);
    expect(JSON.parse(backup).version).toBe(2);
    await first.close();

    const second = await env.browser.newContext();
    const fresh = await openCompare(second);
    await fresh.page.getByText("No periods are saved in this browser yet.").waitFor();
    await fresh.page
      .locator("#restore-file")
      .setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(backup) });
    await fresh.page.getByText("Restored 3 periods from the backup.").waitFor();
    expect(await backupText(fresh.page)).toBe(backup);

    for (const broken of [
      backup.slice(0, 200),
      backup.replace('"version": 2', '"version": 2, "__proto__": {"polluted": true}'),
      "not json",
    ]) {
      await fresh.page
        .locator("#restore-file")
        .setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(broken) });
      await fresh.page.waitForFunction(() =>
        (document.querySelector('[data-testid="restore-message"]')?.textContent ?? "").includes("Nothing was changed."),
      );
      expect(await fresh.page.getByRole("alert").filter({ hasText: "Nothing was changed." }).count()).toBe(1);
      expect(await backupText(fresh.page)).toBe(backup);
    }
    expect(await fresh.page.evaluate(() => (({}) as Record<string, unknown>)["polluted"])).toBeUndefined();
    expect(fresh.problems).toEqual([]);
    await second.close();
  });

  it("a backup that would overwrite a period changed since asks first, names it, and can be undone", async () => {
    const context = await env.browser.newContext();
    const { page, problems } = await openCompare(context);
    const restoreFile = (text: string) =>
      page
        .locator("#restore-file")
        .setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(text) });
    const names = () => page.getByTestId("period").locator("h3").allTextContents();
    await page.locator("#import-text").fill("October 2026,1000,300,40,12,5\nNovember 2026,1200,330,52,15,6");
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("button", { name: "Import the valid rows" }).click();
    await page.getByText("Imported 2 periods.").waitFor();
    const backup = await backupText(page);
    // Changed since the backup: November renamed, and a new period saved.
    await page.getByTestId("period").nth(0).getByRole("button", { name: "Rename or edit note" }).click();
    await page.locator(".period__edit input[data-field=name]").fill("November (edited)");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Saved the changes to “November (edited)”.").waitFor();
    await page.locator("#import-text").fill("December 2026,1100,310,50,14,6");
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("button", { name: "Import the valid rows" }).click();
    await page.getByText("Imported 1 period.").waitFor();
    const edited = await backupText(page);

    await restoreFile(backup);
    const question = page.getByTestId("restore-confirm");
    await question.waitFor();
    expect(await question.innerText()).toContain(
      "This backup has 2 periods. One repeats a period saved here, with other numbers or notes: “November 2026” (saved here as “November (edited)”). Replace it with the backup's copy (what is saved here is lost), or skip it and keep what is saved here. 1 period is already saved here as in the backup. Periods saved here that are not in the backup stay as they are.",
    );
    // Focus moves to the answer once it is shown (x-show shows it a timer after the change).
    await page.waitForFunction(() => document.activeElement?.textContent === "Restore, replacing them", null, {
      timeout: 2000,
    });
    expect(await backupText(page)).toBe(edited); // nothing saved while it asks
    await page.getByRole("button", { name: "Cancel" }).last().click();
    await page.getByText("Nothing was restored.").waitFor();
    expect(await question.isVisible()).toBe(false);
    expect(await backupText(page)).toBe(edited);

    // A broken file while it asks: the question goes, and still nothing changes.
    await restoreFile(backup);
    await question.waitFor();
    await restoreFile(backup.slice(0, 100));
    await page.getByTestId("restore-message").filter({ hasText: "Nothing was changed." }).waitFor();
    expect(await question.isVisible()).toBe(false);
    expect(await backupText(page)).toBe(edited);

    await restoreFile(backup);
    await page.getByRole("button", { name: "Restore, replacing them" }).click();
    await page
      .getByText("Restored 2 periods from the backup: 1 replacing the one saved here, 1 already saved here, unchanged.")
      .waitFor();
    expect(await names()).toEqual(["December 2026", "November 2026", "October 2026"]);
    await page.getByRole("button", { name: "Undo restore" }).click();
    await page.getByText("Undone: the periods are as they were before the restore.").waitFor();
    expect(await names()).toEqual(["December 2026", "November (edited)", "October 2026"]);
    expect(await backupText(page)).toBe(edited);
    expect(problems).toEqual([]);
    await context.close();
  });
});
