// Where the tests' outside tools are (Chromium for the browser tests, Java for the Nu Html Checker,
// Firefox ESR, WebKitGTK's driver and Xvfb for the smoke set in the other two engines), and what to
// do when one is missing. The decision is pure, so it is unit-tested;
// scripts/ensure-test-tools.ts carries it out before any test runs.
import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, join } from "node:path";

/** The usual places, after CHROME_PATH: Debian and Ubuntu packages, Google's packages, snap, macOS. */
export const chromiumCandidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

type Env = Record<string, string | undefined>;

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first program of that name on PATH, if any. */
export function onPath(name: string, env: Env = process.env): string | null {
  for (const dir of (env["PATH"] ?? "").split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** CHROME_PATH when set (even if wrong: the caller reports it), else the first usual place that exists. */
export function findChromium(env: Env = process.env, exists: (path: string) => boolean = existsSync): string | null {
  if (env["CHROME_PATH"]) return env["CHROME_PATH"];
  return chromiumCandidates.find((path) => exists(path)) ?? null;
}

/** java on PATH, else $JAVA_HOME/bin/java. */
export function findJava(env: Env = process.env, exists: (path: string) => boolean = existsSync): string | null {
  const fromPath = onPath("java", env);
  if (fromPath) return fromPath;
  const home = env["JAVA_HOME"];
  return home && exists(join(home, "bin", "java")) ? join(home, "bin", "java") : null;
}

/** FIREFOX_PATH when set, else Debian's Firefox ESR, else a plain Firefox. */
export function findFirefox(env: Env = process.env, exists: (path: string) => boolean = existsSync): string | null {
  if (env["FIREFOX_PATH"]) return env["FIREFOX_PATH"];
  return ["/usr/bin/firefox-esr", "/usr/bin/firefox"].find((path) => exists(path)) ?? null;
}

/** WebKitGTK's MiniBrowser, which WebKitWebDriver starts: Debian puts it under the multiarch folder. */
export function findMiniBrowser(exists: (path: string) => boolean = existsSync): string | null {
  const arch = process.arch === "arm64" ? "aarch64-linux-gnu" : "x86_64-linux-gnu";
  return (
    [`/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`, `/usr/lib/${arch}/webkit2gtk-4.0/MiniBrowser`].find(exists) ?? null
  );
}

export interface System {
  /** Debian or Ubuntu (apt-get present), and which of the two: their Chromium packages differ. */
  apt: "debian" | "ubuntu" | null;
  isRoot: boolean;
}

export interface ToolState {
  chromium: { path: string | null; ok: boolean; fromEnv: boolean };
  java: { path: string | null };
  /** Firefox ESR, driven over WebDriver BiDi by puppeteer-core. */
  firefox: { path: string | null };
  /** WebKitWebDriver and its MiniBrowser (package webkit2gtk-driver). */
  webkit: { driver: string | null; browser: string | null };
  /** Xvfb: MiniBrowser has no headless mode, so it draws on a virtual screen. */
  xvfb: { path: string | null };
}

export type SetupPlan =
  { kind: "ready" } | { kind: "install"; packages: string[]; say: string } | { kind: "stop"; message: string };

/** What the test command does before any test: nothing, install with apt-get, or stop with one command to run. */
export function planSetup(tools: ToolState, system: System): SetupPlan {
  if (tools.chromium.fromEnv && !tools.chromium.ok) {
    return {
      kind: "stop",
      message: `CHROME_PATH is set to ${tools.chromium.path}, but no program is there. Point it at Chromium or Chrome, or unset it.`,
    };
  }
  const chromiumPackage = system.apt === "ubuntu" ? "chromium-browser" : "chromium";
  const missing: { name: string; pkg: string }[] = [];
  if (!tools.chromium.ok) missing.push({ name: "Chromium (for the browser tests)", pkg: chromiumPackage });
  if (!tools.java.path) missing.push({ name: "Java (for the HTML checker)", pkg: "default-jre-headless" });
  if (!tools.firefox.path) missing.push({ name: "Firefox ESR (for the smoke set)", pkg: "firefox-esr" });
  if (!tools.webkit.driver || !tools.webkit.browser)
    missing.push({ name: "WebKitGTK's driver (for the smoke set)", pkg: "webkit2gtk-driver" });
  if (!tools.xvfb.path) missing.push({ name: "Xvfb (a screen for WebKitGTK)", pkg: "xvfb" });
  if (missing.length === 0) return { kind: "ready" };
  const packages = missing.map((tool) => tool.pkg);
  const names = missing
    .map((tool) => tool.name)
    .join(", ")
    .replace(/, ([^,]*)$/, " and $1");
  const aptCommand = `apt-get update && apt-get install -y ${packages.join(" ")}`;
  if (system.apt && system.isRoot) return { kind: "install", packages, say: `Installing ${names} with: ${aptCommand}` };
  if (system.apt)
    return {
      kind: "stop",
      message: `${names} ${missing.length > 1 ? "are" : "is"} missing. Run this once, then npm test again:\n  sudo ${aptCommand}`,
    };
  const elsewhere: Record<string, string> = {
    "default-jre-headless": "  Java 17 or newer: install a JDK or JRE and put java on PATH (or set JAVA_HOME)",
    "firefox-esr": "  Firefox: install it, then set FIREFOX_PATH to its program",
    "webkit2gtk-driver": "  WebKitGTK's WebKitWebDriver and MiniBrowser: the smoke set runs them on Linux only",
    xvfb: "  Xvfb: a virtual screen for WebKitGTK, on Linux only",
  };
  const how = missing
    .map((tool) => elsewhere[tool.pkg] ?? "  Chromium or Chrome: install it, then set CHROME_PATH to its program")
    .join("\n");
  return {
    kind: "stop",
    message: `${names} ${missing.length > 1 ? "are" : "is"} missing. Install, then run npm test again:\n${how}`,
  };
}
