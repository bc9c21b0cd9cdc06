// Where the tests' two outside tools are (Chromium for the browser tests, Java for the Nu Html
// Checker), and what to do when one is missing. The decision is pure, so it is unit-tested;
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

export interface System {
  /** Debian or Ubuntu (apt-get present), and which of the two: their Chromium packages differ. */
  apt: "debian" | "ubuntu" | null;
  isRoot: boolean;
}

export interface ToolState {
  chromium: { path: string | null; ok: boolean; fromEnv: boolean };
  java: { path: string | null };
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
  if (missing.length === 0) return { kind: "ready" };
  const packages = missing.map((tool) => tool.pkg);
  const names = missing.map((tool) => tool.name).join(" and ");
  const aptCommand = `apt-get update && apt-get install -y ${packages.join(" ")}`;
  if (system.apt && system.isRoot) return { kind: "install", packages, say: `Installing ${names} with: ${aptCommand}` };
  if (system.apt)
    return {
      kind: "stop",
      message: `${names} ${missing.length > 1 ? "are" : "is"} missing. Run this once, then npm test again:\n  sudo ${aptCommand}`,
    };
  const how = missing
    .map((tool) =>
      tool.pkg === "default-jre-headless"
        ? "  Java 17 or newer: install a JDK or JRE and put java on PATH (or set JAVA_HOME)"
        : "  Chromium or Chrome: install it, then set CHROME_PATH to its program",
    )
    .join("\n");
  return {
    kind: "stop",
    message: `${names} ${missing.length > 1 ? "are" : "is"} missing. Install, then run npm test again:\n${how}`,
  };
}
