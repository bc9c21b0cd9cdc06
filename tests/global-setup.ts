// Builds the real site once into tests/.tmp/site for every build and browser test.
import { rmSync } from "node:fs";
import { buildSite } from "./helpers/build-site.ts";
import { builtSite, projectRoot } from "./helpers/paths.ts";

export default async function setup(): Promise<void> {
  process.chdir(projectRoot);
  rmSync(builtSite, { recursive: true, force: true });
  await buildSite(builtSite);
}
