// Reading the journey-map worksheet as a test sees it: a cell's items, and every stored map's text.
import type { Page } from "playwright-core";

export const cellText = (page: Page, stage: string, lane: string): Promise<string[]> =>
  page.getByTestId(`cell-${stage}-${lane}`).locator(".map-item__text span:not(.visually-hidden)").allInnerTexts();

/** The text of every map stored in the page's localStorage, one after another. */
export const storedMapText = (page: Page): Promise<string> =>
  page.evaluate(() =>
    Object.entries(localStorage)
      .filter(([key]) => key.startsWith("journey-atlas:map:"))
      .map(([, value]) => value)
      .join("\n"),
  );
