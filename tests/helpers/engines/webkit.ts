// WebKitGTK driven by selenium-webdriver through WebKitWebDriver. MiniBrowser has no headless mode,
// so it draws on an Xvfb screen. Both processes are started and stopped here, by process id
// (xvfb-run leaves orphans).
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { Builder, By, Key, type WebDriver } from "selenium-webdriver";
import { findMiniBrowser, onPath } from "../../../scripts/lib/test-tools.ts";
import { waitTimeoutMs, type EngineSession } from "./engine-session.ts";

export interface WebKit {
  driver: WebDriver;
  quit(): Promise<void>;
}

const missing = (what: string) =>
  `${what} was not found. The smoke set needs it for WebKit.\n` +
  "Run npm test, which installs webkit2gtk-driver and xvfb (Debian or Ubuntu, as root) or says how.";

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Starts Xvfb on the first free display and resolves with its number (Xvfb writes it to fd 3). */
function startScreen(xvfb: string): Promise<{ process: ChildProcess; display: string }> {
  const screen = spawn(xvfb, ["-displayfd", "3", "-screen", "0", "1440x900x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  let log = "";
  screen.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve, reject) => {
    screen.stdio[3]?.once("data", (chunk: Buffer) => resolve({ process: screen, display: chunk.toString().trim() }));
    screen.once("exit", (code) => reject(new Error(`Xvfb stopped (exit ${code}) before it had a screen:\n${log}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

export async function launchWebKit(): Promise<WebKit> {
  const xvfb = onPath("Xvfb");
  const webDriver = onPath("WebKitWebDriver");
  const miniBrowser = findMiniBrowser();
  if (!xvfb) throw new Error(missing("Xvfb"));
  if (!webDriver || !miniBrowser) throw new Error(missing("WebKitWebDriver or MiniBrowser"));
  const screen = await startScreen(xvfb);
  const port = await freePort();
  const server = spawn(webDriver, [`--port=${port}`], {
    stdio: "ignore",
    env: { ...process.env, DISPLAY: `:${screen.display}` },
  });
  try {
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": { binary: miniBrowser, args: ["--automation"] },
      })
      .build();
    return {
      driver,
      async quit() {
        await driver.quit().catch(() => undefined);
        await stop(server);
        await stop(screen.process);
      },
    };
  } catch (error) {
    await stop(server);
    await stop(screen.process);
    throw error;
  }
}

/** The one window of the WebKit session, at `origin`. Storage is shared across tests: they use their own names. */
export function webkitSession({ driver }: WebKit, origin: string): EngineSession {
  const loaded = () =>
    driver.wait(async () => (await driver.executeScript("return document.readyState")) === "complete");
  return {
    engine: "WebKit",
    goto: async (path) => {
      await driver.get(origin + path);
      await loaded();
    },
    reload: async () => {
      await driver.navigate().refresh();
      await loaded();
    },
    evaluate: <T>(fn: (...args: never[]) => T, ...args: unknown[]) => driver.executeScript<T>(fn, ...args),
    waitFor: async (what, fn, ...args) => {
      await driver.wait(
        async () => Boolean(await driver.executeScript(fn, ...args)),
        waitTimeoutMs,
        `WebKit: gave up waiting for ${what}`,
      );
    },
    type: async (selector, text) => {
      const element = await driver.findElement(By.css(selector));
      await driver.executeScript("arguments[0].focus()", element);
      await driver.actions().sendKeys(text).perform();
    },
    press: async (key) => {
      const actions = driver.actions();
      if (key === "Shift+Tab") await actions.keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
      else await actions.sendKeys(key === "Tab" ? Key.TAB : Key.ENTER).perform();
    },
    click: async (selector) => (await driver.findElement(By.css(selector))).click(),
    close: async () => undefined,
  };
}
