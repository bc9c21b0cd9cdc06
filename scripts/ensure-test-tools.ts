// Runs first in `npm test`: finds Chromium, Java, Firefox ESR, WebKitGTK's driver and Xvfb, installs
// them with apt-get when this is Debian or Ubuntu and we are root (as CI is), and otherwise stops at
// once with the command to run.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import {
  findChromium,
  findFirefox,
  findJava,
  findMiniBrowser,
  onPath,
  planSetup,
  type System,
  type ToolState,
} from "./lib/test-tools.ts";

function detectSystem(): System {
  const hasApt = process.platform === "linux" && onPath("apt-get") !== null;
  const release = existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8") : "";
  return {
    apt: hasApt ? (/^ID=ubuntu$/m.test(release) ? "ubuntu" : "debian") : null,
    isRoot: process.getuid?.() === 0,
  };
}

function toolState(): ToolState {
  const chromium = findChromium();
  return {
    chromium: {
      path: chromium,
      ok: chromium !== null && existsSync(chromium),
      fromEnv: Boolean(process.env["CHROME_PATH"]),
    },
    java: { path: findJava() },
    firefox: { path: findFirefox() },
    webkit: { driver: onPath("WebKitWebDriver"), browser: findMiniBrowser() },
    xvfb: { path: onPath("Xvfb") },
  };
}

function apt(args: string[]): void {
  const run = spawnSync("apt-get", args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (run.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed (exit ${run.status ?? run.signal}).`);
}

const plan = planSetup(toolState(), detectSystem());
if (plan.kind === "stop") {
  console.error(`\n${plan.message}\n`);
  process.exit(1);
}
if (plan.kind === "install") {
  console.log(plan.say);
  try {
    apt(["update", "-qq"]);
    apt(["install", "-y", "-qq", ...plan.packages]);
  } catch (error) {
    console.error(
      `\n${(error as Error).message}\nInstall ${plan.packages.join(" and ")} by hand, then run npm test again.\n`,
    );
    process.exit(1);
  }
  const after = planSetup(toolState(), detectSystem());
  if (after.kind !== "ready") {
    console.error(
      `\napt-get finished, but the tools are still not found.\n${after.kind === "stop" ? after.message : after.say}\n`,
    );
    process.exit(1);
  }
  console.log("Installed. Running the tests.");
}
