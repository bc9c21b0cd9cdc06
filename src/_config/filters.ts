import site from "../../_data/site.json" with { type: "json" };
import { groupByLetter, termsForStage } from "../content/glossary-index.ts";
import {
  breadcrumbList,
  definedTerm,
  definedTermSet,
  serializeJsonLd,
  type Crumb,
} from "../content/structured-data.ts";
import type { ContentModel, TermEntry } from "../content/content-model.ts";
import { countInWords } from "../content/count-words.ts";
import { stageDiagramSvg } from "../content/stage-diagram.ts";
import { termNamesByShard, type TermName } from "../search/exact-match.ts";
import type { Stage } from "../content/stage-schema.ts";
import { currentContentModel } from "./content.ts";
import { siteUrl } from "./site-url.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import { dateFormat } from "../funnel/locale.ts";

const readable = dateFormat({ day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export default function filtersPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("readableDate", (date: Date) => readable.format(date));
  // Nunjucks' own selectattr cannot compare values, so lookups by key go through this.
  eleventyConfig.addFilter("findBy", <T extends Record<string, unknown>>(list: T[], key: string, value: unknown) =>
    list.find((item) => item[key] === value),
  );
  eleventyConfig.addFilter("asDate", (value: string | Date) => new Date(value));
  eleventyConfig.addFilter("isoDate", (date: Date) => date.toISOString().slice(0, 10));
  eleventyConfig.addFilter("groupByLetter", (terms: TermEntry[]) => groupByLetter(terms));
  eleventyConfig.addFilter("termsForStage", (terms: TermEntry[], stageId: string) => termsForStage(terms, stageId));
  // Every title and alias with its term's URL, in shards by first letter, for exact-match results in
  // search (src/search/names.njk). Only the 27 shard keys are Eleventy data; the names come from the model.
  eleventyConfig.addGlobalData("nameShardKeys", [..."abcdefghijklmnopqrstuvwxyz", "other"]);
  // Grouped once per build: the 27 shard pages share one pass over the glossary.
  const shardsOfModel = new WeakMap<ContentModel, Map<string, TermName[]>>();
  eleventyConfig.addFilter("termNamesIn", (key: string): TermName[] => {
    const model = currentContentModel();
    let shards = shardsOfModel.get(model);
    if (!shards) shardsOfModel.set(model, (shards = termNamesByShard(model.terms)));
    return shards.get(key) ?? [];
  });
  eleventyConfig.addFilter("absolute", (path: string) => `${siteUrl}${path}`);
  eleventyConfig.addFilter("inWords", (count: number) => countInWords(count));

  eleventyConfig.addFilter(
    "stageNumber",
    (stages: Stage[], id: string) => stages.findIndex((stage) => stage.id === id) + 1,
  );
  eleventyConfig.addFilter("stageDiagram", (stages: Stage[], currentId?: string) => stageDiagramSvg(stages, currentId));

  // JSON-LD: each filter returns a ready-to-embed JSON string.
  eleventyConfig.addFilter("termJsonLd", (term: TermEntry) => serializeJsonLd(definedTerm(siteUrl, site.title, term)));
  eleventyConfig.addFilter("termSetJsonLd", (terms: TermEntry[]) =>
    serializeJsonLd(definedTermSet(siteUrl, site.title, terms)),
  );
  eleventyConfig.addFilter("breadcrumbJsonLd", (crumbs: Crumb[]) => serializeJsonLd(breadcrumbList(siteUrl, crumbs)));
}
