import { describe, expect, it } from "vitest";
import { findChromium, findFirefox, findJava, planSetup, type ToolState } from "../../scripts/lib/test-tools.ts";

const present: ToolState = {
  chromium: { path: "/usr/bin/chromium", ok: true, fromEnv: false },
  java: { path: "/usr/bin/java" },
  firefox: { path: "/usr/bin/firefox-esr" },
  webkit: { driver: "/usr/bin/WebKitWebDriver", browser: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser" },
  xvfb: { path: "/usr/bin/Xvfb" },
};
const noChromium: ToolState = { ...present, chromium: { path: null, ok: false, fromEnv: false } };
const nothing: ToolState = {
  chromium: { path: null, ok: false, fromEnv: false },
  java: { path: null },
  firefox: { path: null },
  webkit: { driver: null, browser: null },
  xvfb: { path: null },
};

describe("finding the test tools", () => {
  it("takes CHROME_PATH first, then the usual install paths in order", () => {
    expect(findChromium({ CHROME_PATH: "/opt/chrome" }, () => false)).toBe("/opt/chrome");
    expect(findChromium({}, (path) => path === "/usr/bin/google-chrome")).toBe("/usr/bin/google-chrome");
    expect(findChromium({}, () => false)).toBeNull();
  });

  it("finds java on PATH, else under JAVA_HOME", () => {
    expect(findJava({ PATH: "/nowhere", JAVA_HOME: "/jdk" }, (path) => path === "/jdk/bin/java")).toBe("/jdk/bin/java");
    expect(findJava({ PATH: "/nowhere" }, () => false)).toBeNull();
  });

  it("takes FIREFOX_PATH first, then Debian's Firefox ESR", () => {
    expect(findFirefox({ FIREFOX_PATH: "/opt/firefox" }, () => false)).toBe("/opt/firefox");
    expect(findFirefox({}, (path) => path === "/usr/bin/firefox-esr")).toBe("/usr/bin/firefox-esr");
    expect(findFirefox({}, () => false)).toBeNull();
  });
});

describe("planSetup", () => {
  it("does nothing when both tools are there", () => {
    expect(planSetup(present, { apt: "debian", isRoot: true })).toEqual({ kind: "ready" });
  });

  it("installs what is missing with apt-get on Debian as root, and says so", () => {
    const plan = planSetup(nothing, { apt: "debian", isRoot: true });
    expect(plan).toMatchObject({
      kind: "install",
      packages: ["chromium", "default-jre-headless", "firefox-esr", "webkit2gtk-driver", "xvfb"],
    });
    expect(plan.kind === "install" && plan.say).toContain(
      "apt-get install -y chromium default-jre-headless firefox-esr webkit2gtk-driver xvfb",
    );
  });

  it("installs the other two engines' packages when only they are missing", () => {
    const noEngines: ToolState = { ...present, firefox: { path: null }, webkit: { driver: null, browser: null } };
    expect(planSetup(noEngines, { apt: "debian", isRoot: true })).toMatchObject({
      packages: ["firefox-esr", "webkit2gtk-driver"],
    });
    const noScreen = planSetup({ ...present, xvfb: { path: null } }, { apt: "debian", isRoot: false });
    expect(noScreen.kind === "stop" && noScreen.message).toContain("sudo apt-get update && apt-get install -y xvfb");
  });

  it("uses Ubuntu's package name for Chromium", () => {
    expect(planSetup(noChromium, { apt: "ubuntu", isRoot: true })).toMatchObject({ packages: ["chromium-browser"] });
  });

  it("stops with the one command to run when it may not install", () => {
    const plan = planSetup(noChromium, { apt: "debian", isRoot: false });
    expect(plan.kind).toBe("stop");
    expect(plan.kind === "stop" && plan.message).toContain("sudo apt-get update && apt-get install -y chromium");
  });

  it("stops with what to install where there is no apt-get", () => {
    const plan = planSetup(nothing, { apt: null, isRoot: false });
    expect(plan.kind === "stop" && plan.message).toMatch(
      /Chromium .*, Java .*, Firefox ESR .* and Xvfb .* are missing/,
    );
    expect(plan.kind === "stop" && plan.message).toContain("CHROME_PATH");
    expect(plan.kind === "stop" && plan.message).toContain("JAVA_HOME");
    expect(plan.kind === "stop" && plan.message).toContain("FIREFOX_PATH");
  });

  it("never installs over a CHROME_PATH that points nowhere: it says what is wrong", () => {
    const plan = planSetup(
      { ...present, chromium: { path: "/nope", ok: false, fromEnv: true } },
      { apt: "debian", isRoot: true },
    );
    expect(plan.kind === "stop" && plan.message).toContain("CHROME_PATH is set to /nope");
  });
});

describe("a fresh clone's setup", () => {
  it("decides every dependency's install script in package.json, so npm ci prints no allowScripts warning", async () => {
    const { readFileSync } = await import("node:fs");
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { allowScripts?: Record<string, boolean> };
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== "" && entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts)
      expect(pkg.allowScripts, `${name} has an install script that package.json does not decide`).toHaveProperty([
        name,
      ]);
    expect(pkg.allowScripts?.["esbuild"]).toBe(true); // its binary comes from its own package
    expect(pkg.allowScripts?.["vnu-jar"]).toBe(false); // its script downloads a Java runtime; the machine's Java is used
  });

  it("has CI run exactly what README.md tells a newcomer: npm ci, then the README's test command", async () => {
    const { readFileSync } = await import("node:fs");
    const commands = readFileSync(".ci/run", "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter(
        (line) =>
          line &&
          !line.startsWith("#") &&
          !line.startsWith("set ") &&
          !line.startsWith("cd ") &&
          !line.startsWith("export "),
      );
    expect(commands).toEqual(["npm ci --no-audit --no-fund", "npm test"]);
    expect(readFileSync("README.md", "utf8")).toContain("npm test ");
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts["test"]?.startsWith("tsx scripts/ensure-test-tools.ts && ")).toBe(true);
  });
});
