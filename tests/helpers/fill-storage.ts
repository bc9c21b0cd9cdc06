// Fills a page's localStorage to the last character, as a full disk or a full quota leaves it, so a
// test can check that the page says its writes fail. Returns the keys it added, to free them again.
import type { Page } from "playwright-core";

export const fillStorage = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const keys: string[] = [];
    let size = 1 << 20;
    while (size >= 1) {
      const key = `test-filler:${keys.length}`;
      try {
        localStorage.setItem(key, "x".repeat(size));
        keys.push(key);
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return keys;
  });

export const freeStorage = (page: Page, keys: string[]): Promise<void> =>
  page.evaluate((filled) => filled.forEach((key) => localStorage.removeItem(key)), keys);
