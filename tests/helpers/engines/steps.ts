// Steps a coach takes, written once against EngineSession: the smoke set (online, three engines) and
// the offline journey (server stopped) both use them.
import { expect } from "vitest";
import type { EngineSession } from "./engine-session.ts";

export const workedExample = "awareness=1000&consideration=300&decision=40&retention=12&advocacy=5";

export const text = (session: EngineSession, selector: string) =>
  session.evaluate((s: string) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? "", selector);

export const started = (session: EngineSession) =>
  session.waitFor("Alpine to start", () => document.documentElement.classList.contains("js"));

/** Opens a calculator share link and checks the answer to the worked example. */
export async function answerShareLink(session: EngineSession): Promise<void> {
  await session.goto(`/calculator/?${workedExample}`);
  await started(session);
  await session.waitFor(
    "the answer",
    () => document.querySelector("[data-testid=fix-first]")?.getAttribute("data-step") === "1",
  );
  expect(await text(session, "[data-testid=fix-first]")).toContain("Fix first: Awareness → Consideration");
  expect(await text(session, "[data-testid=step-2]")).toMatch(/13\.3%\s+9\.9–17\.6%\s+86\.7%\s+260/);
}

async function savePeriod(session: EngineSession, query: string, name: string, monthsAgo: number): Promise<void> {
  await session.goto(`/calculator/?${query}`);
  await started(session);
  // Saving reads the calculator's stored numbers, written a moment after the page reads the link.
  await session.waitFor(
    "the calculator to store the numbers",
    (value: string) => localStorage.getItem("journey-atlas:calculator")?.includes(`"${value}"`),
    new URLSearchParams(query).get("advocacy"),
  );
  // The save box is its own component, started just after the calculator: typing before it starts is lost.
  await session.waitFor("the save box to start", () => "_x_dataStack" in document.querySelector(".save-period")!);
  // Each period covers its own month (a repeat would ask before replacing); the name follows the month.
  await session.evaluate((ago: number) => {
    const now = new Date();
    const month = new Date(now.getFullYear(), now.getMonth() - ago, 1);
    const input = document.querySelector("#period-month") as HTMLInputElement;
    input.value = `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, "0")}`;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, monthsAgo);
  await session.waitFor(
    "the name to follow the month",
    (ago: number) => {
      const now = new Date();
      const month = new Date(now.getFullYear(), now.getMonth() - ago, 1);
      const name = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric" }).format(month);
      return (document.querySelector("#period-name") as HTMLInputElement).value === name;
    },
    monthsAgo,
  );
  await session.evaluate(() => (document.querySelector("#period-name") as HTMLInputElement).select());
  await session.type("#period-name", name);
  await session.click(".save-period button");
  await session.waitFor(
    `“${name}” to be saved`,
    (n: string) =>
      document.querySelector(".save-period .share-status")?.textContent?.includes(`Saved “${n}” in this browser.`),
    name,
  );
}

/** Saves two periods from the calculator and reads their comparison. */
export async function saveAndCompare(session: EngineSession): Promise<void> {
  const tag = Date.now().toString(36);
  await savePeriod(session, "awareness=900&consideration=260&decision=30&retention=10&advocacy=4", `Before ${tag}`, 2);
  await savePeriod(session, "awareness=1000&consideration=380&decision=52&retention=15&advocacy=6", `After ${tag}`, 1);
  await session.goto("/calculator/compare/");
  await started(session);
  await session.waitFor(
    "the comparison",
    (t: string) =>
      document.querySelector("h2#comparison-heading")?.textContent === `Before ${t} compared with After ${t}`,
    tag,
  );
  expect(await text(session, "[data-testid=sentences]")).toContain(
    "Awareness → Consideration rose from 28.9% to 38.0%.",
  );
}

/** Adds a touchpoint to the journey map, waits for it to be saved, and finds it again after a reload. */
export async function mapSavesAndReloads(session: EngineSession): Promise<void> {
  const item = `Podcast guest spot ${Date.now().toString(36)}`;
  await session.goto("/map/");
  await started(session);
  await session.type("#add-awareness-touchpoints", item);
  await session.press("Enter");
  await session.waitFor(
    "the map to be saved",
    (t: string) =>
      Object.keys(localStorage).some(
        (key) => key.startsWith("journey-atlas:map:") && localStorage.getItem(key)?.includes(t),
      ),
    item,
  );
  expect(await text(session, ".map-save")).toMatch(/^Saved in this browser/);
  await session.reload();
  await started(session);
  await session.waitFor(
    "the item after a reload",
    (t: string) => document.querySelector("[data-testid=cell-awareness-touchpoints]")?.textContent?.includes(t),
    item,
  );
}

/** Types a term into the search page and checks it is the first result. */
export async function searchFinds(session: EngineSession, query: string, title: string): Promise<void> {
  await session.goto("/search/");
  await started(session);
  await session.type("#search-q", query);
  await session.waitFor(
    "the results",
    (q: string) => document.querySelector("#search-status")?.textContent?.includes(`for “${q}”`),
    query,
  );
  expect(await text(session, ".search__results li > a")).toBe(title);
}
