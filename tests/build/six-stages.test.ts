// Item 1 of issue 16: the journey's shape lives in _data/stages.json alone. A copy of the site with a
// sixth stage builds, and every page that lists the stages lists six, in order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPages, type BuiltPage } from "../helpers/site-files.ts";
import { addedStage, addedStageIndex, buildSixStageSite, sixStages } from "../helpers/six-stage-site.ts";

let pages: Map<string, BuiltPage>;
let remove: () => void;
const page = (url: string): BuiltPage => {
  const found = pages.get(url);
  if (!found) throw new Error(`no built page at ${url}`);
  return found;
};
const names = sixStages.map((stage) => stage.name);

beforeAll(async () => {
  const built = await buildSixStageSite();
  remove = built.remove;
  const output = built.output;
  pages = new Map(readPages(output).map((p) => [p.url, p]));
});
afterAll(() => remove?.());

describe("a site with six stages", () => {
  it("shows six stage cards on the home page, in the order of stages.json", () => {
    const home = page("/");
    expect(home.root.querySelector("#stages-heading")?.text).toBe("The six stages at a glance");
    expect(home.root.querySelectorAll(".stage-cards h3").map((h) => h.text)).toEqual(names);
  });

  it("lists six guides on the guides hub, and draws six bands", () => {
    const hub = page("/guides/");
    expect(hub.root.querySelectorAll(".guide-index li a").map((a) => a.text)).toEqual(names);
    expect(hub.root.querySelectorAll("svg.stage-diagram .stage-diagram__band")).toHaveLength(6);
    expect(hub.root.querySelector("svg.stage-diagram title")?.text).toBe("The six stages of the client journey");
  });

  it("offers six stages in the glossary's stage filter, each with its own page", () => {
    const filter = page("/glossary/")
      .root.querySelectorAll(".stage-filter li a")
      .map((a) => a.text);
    expect(filter).toEqual(["All terms", ...names]);
    expect(page(`/glossary/stage/${addedStage.id}/`).root.querySelector("h1")?.text).toBe(`${addedStage.name} terms`);
  });

  it("builds the added stage's guide as stage 4 of 6, chained between its neighbours", () => {
    const guide = page(addedStage.guideUrl);
    expect(guide.root.querySelector(".eyebrow")?.text).toContain(`stage ${addedStageIndex + 1} of 6`);
    expect(guide.root.querySelector(".stage-diagram__band--current text")?.text).toBe(
      `${addedStageIndex + 1}. ${addedStage.name}`,
    );
    expect(guide.root.querySelector('.guide-pager a[rel="prev"]')?.getAttribute("href")).toBe(
      sixStages[addedStageIndex - 1]!.guideUrl,
    );
    expect(guide.root.querySelector('.guide-pager a[rel="next"]')?.getAttribute("href")).toBe(
      sixStages[addedStageIndex + 1]!.guideUrl,
    );
    for (const fix of addedStage.fixes) expect(guide.root.querySelector(".leaks")?.text).toContain(fix);
  });
});
