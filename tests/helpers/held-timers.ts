// Holds back one page's save timers (those of the given delay) until the test releases them, so a
// test can keep a tab with edits not yet saved while another tab saves. Playwright's clock cannot do
// this: it is shared by every page of a context, and two tabs must share a context to share storage.
import type { Page } from "playwright-core";

export async function holdTimers(page: Page, delay: number): Promise<void> {
  await page.addInitScript((held) => {
    const pending = new Map<number, () => void>();
    const realSet = window.setTimeout.bind(window);
    const realClear = window.clearTimeout.bind(window);
    let nextId = 1_000_000;
    window.setTimeout = ((run: () => void, ms?: number, ...rest: unknown[]) => {
      if (ms !== held) return realSet(run, ms, ...rest);
      nextId += 1;
      pending.set(nextId, run);
      return nextId;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined && pending.has(id)) pending.delete(id);
      else realClear(id);
    }) as typeof window.clearTimeout;
    (window as unknown as { releaseTimers: () => void }).releaseTimers = () => {
      const due = [...pending.values()];
      pending.clear();
      due.forEach((run) => run());
    };
  }, delay);
}

/** Runs every held timer now, as if their time had come. */
export const releaseTimers = (page: Page): Promise<void> =>
  page.evaluate(() => (window as unknown as { releaseTimers: () => void }).releaseTimers());
