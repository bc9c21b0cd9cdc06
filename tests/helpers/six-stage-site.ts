// A scratch copy of the site with a sixth stage (onboarding, after decision), to prove that
// _data/stages.json alone decides the journey's shape. The copy has its own .eleventy.js, so its
// build-time code reads the copy's stages.json, as the live site reads its own.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import stages from "../../_data/stages.json" with { type: "json" };
import { fixturesDir } from "./paths.ts";
import { buildSite } from "./build-site.ts";
import { copySiteSources } from "./site-copy.ts";

const fixture = join(fixturesDir, "six-stages");
export const addedStage = JSON.parse(
  readFileSync(join(fixture, "onboarding-stage.json"), "utf8"),
) as (typeof stages)[number];
/** Where the added stage goes: after decision, before retention. */
export const addedStageIndex = stages.findIndex((stage) => stage.id === "decision") + 1;
export const sixStages = [...stages.slice(0, addedStageIndex), addedStage, ...stages.slice(addedStageIndex)];

export function copySixStageSite(): { dir: string; remove: () => void } {
  const copy = copySiteSources("atlas-six-stages-", { withConfig: true });
  writeFileSync(join(copy.dir, "_data/stages.json"), `${JSON.stringify(sixStages, null, 2)}\n`);
  copyFileSync(join(fixture, "onboarding.md"), join(copy.dir, "src/guides/onboarding.md"));
  return copy;
}

/** The six-stage copy, built as `npm run build` builds the live site, with its own config. */
export async function buildSixStageSite(): Promise<{ dir: string; output: string; remove: () => void }> {
  const copy = copySixStageSite();
  const output = join(copy.dir, "_site");
  await buildSite(output, { input: join(copy.dir, "src"), configPath: join(copy.dir, ".eleventy.js") });
  return { ...copy, output };
}
