import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The site that tests/global-setup.ts builds once for every build and browser test. */
export const builtSite = join(projectRoot, "tests/.tmp/site");
export const fixturesDir = join(projectRoot, "tests/fixtures");
