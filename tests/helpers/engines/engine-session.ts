// What the smoke set needs from a browser, the same for Firefox (puppeteer-core over WebDriver BiDi)
// and WebKitGTK (selenium-webdriver): go to a page, run a function in it, wait for a condition, type
// and press keys as a person does, and read what the problem probe recorded.

/** A function run in the page; its arguments and result cross the driver as JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PageFunction<T> = (...args: any[]) => T;

export interface EngineSession {
  readonly engine: string;
  /** Opens a path of the served site and waits until the page has loaded. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<T>(fn: PageFunction<T>, ...args: unknown[]): Promise<T>;
  /** Waits until `fn` returns something truthy, failing with `what` after the timeout. */
  waitFor(what: string, fn: PageFunction<unknown>, ...args: unknown[]): Promise<void>;
  /** Focuses the element and types the text key by key. */
  type(selector: string, text: string): Promise<void>;
  press(key: "Tab" | "Shift+Tab" | "Enter"): Promise<void>;
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

export const waitTimeoutMs = 30_000;

/** What the probe recorded on the current page (tests/helpers/engines/problem-probe.ts). */
export const problems = (session: EngineSession): Promise<string[]> =>
  session.evaluate(() => (window as unknown as { __problems?: string[] }).__problems ?? ["the probe did not run"]);
