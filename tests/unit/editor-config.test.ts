// The browser editor's form and the term schema must agree: every limit the form sets is read off
// the schema here by asking the schema itself, so a change to either side that the other does not
// follow fails this test.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Field } from "@sveltia/cms";
import stages from "../../_data/stages.json" with { type: "json" };
import { editorConfig } from "../../src/admin/editor-config.ts";
import { guideFields, guideSchema, termSchema, termStageValues } from "../../src/content/term-schema.ts";
import { sourceFieldNames, sourceSchema } from "../../src/content/source-schema.ts";

const config = editorConfig({
  stages,
  series: ["sales-funnels-for-coaches"],
  siteTitle: "Journey Atlas",
  siteUrl: "https://journey-atlas.example",
  repository: "someone/journey-atlas",
  branch: "main",
});

type AnyField = Field & Record<string, unknown>;
const collection = (name: string) =>
  config.collections?.find((c) => "name" in c && c.name === name) as
    { fields: AnyField[]; folder: string; extension: string } | undefined;
const glossary = collection("glossary")!;
const guides = collection("guides")!;
const termField = (name: string) => glossary.fields.find((field) => field.name === name)!;
const shape = termSchema.shape;
const pattern = (field: AnyField) => new RegExp((field.pattern as [string, string])[0]);

describe("the editor's settings follow the term schema", () => {
  it("writes the files the build reads, with no empty optional fields", () => {
    expect(glossary.folder).toBe("src/glossary");
    expect(glossary.extension).toBe("md");
    expect(guides.folder).toBe("src/guides");
    expect(config.output?.omit_empty_optional_fields).toBe(true);
  });

  it("has the schema's fields, in the schema's order, then the body; required exactly where the schema requires", () => {
    expect(glossary.fields.map((field) => field.name)).toEqual([...Object.keys(shape), "body"]);
    for (const [name, schema] of Object.entries(shape))
      expect(termField(name).required !== false, name).toBe(!schema.safeParse(undefined).success);
    expect(guides.fields.map((field) => field.name)).toEqual([...guideFields, "body"]);
    for (const field of guides.fields.filter((field) => field.name !== "body"))
      expect(field.required !== false, field.name).toBe(
        !(guideSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>)[field.name]!.safeParse(
          undefined,
        ).success,
      );
  });

  it("offers exactly the stages the schema accepts", () => {
    const values = (termField("stage").options as { value: string }[]).map((option) => option.value);
    expect(values).toEqual(termStageValues);
    for (const value of values) expect(shape.stage.safeParse(value).success).toBe(true);
    expect(shape.stage.safeParse("nowhere").success).toBe(false);
    const guideStages = (guides.fields.find((f) => f.name === "stage")!.options as { value: string }[]).map(
      (o) => o.value,
    );
    expect(guideStages).toEqual(stages.map((stage) => stage.id));
  });

  it("limits the summary to the length and characters the schema accepts", () => {
    const summary = termField("summary");
    const limit = summary.maxlength as number;
    expect(shape.summary.safeParse("a".repeat(limit)).success).toBe(true);
    expect(shape.summary.safeParse("a".repeat(limit + 1)).success).toBe(false);
    // Any text without spaces at its ends: the schema accepts it exactly when the form does.
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: limit + 20, unit: "grapheme-ascii" })
          .filter((s) => s.trim() === s && s !== ""),
        (text) => {
          const formAccepts = text.length <= limit && pattern(summary).test(text);
          expect(shape.summary.safeParse(text).success).toBe(formAccepts);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("asks for as many related terms as the schema, chosen among the glossary's own terms", () => {
    const related = termField("related");
    expect(related.widget).toBe("relation");
    expect(related.collection).toBe("glossary");
    expect(related.value_field).toBe("{{slug}}"); // the file name, which is how terms refer to each other
    const min = related.min as number;
    const slugs = (n: number) => Array.from({ length: n }, (_, i) => `term-${i + 1}`);
    expect(shape.related.safeParse(slugs(min)).success).toBe(true);
    expect(shape.related.safeParse(slugs(min - 1)).success).toBe(false);
  });

  it("asks for sources with the schema's fields, years and web-address rule", () => {
    const sources = termField("sources");
    const fields = sources.fields as AnyField[];
    expect(fields.map((field) => field.name)).toEqual(sourceFieldNames);
    const shapeOf = sourceSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
    for (const field of fields)
      expect(field.required !== false, field.name).toBe(!shapeOf[field.name]!.safeParse(undefined).success);
    const year = fields.find((field) => field.name === "year")!;
    const yearSchema = shapeOf.year!;
    for (const [value, accepted] of [
      [year.min, true],
      [(year.min as number) - 1, false],
      [year.max, true],
      [(year.max as number) + 1, false],
    ] as const)
      expect(yearSchema.safeParse(value).success, String(value)).toBe(accepted);
    const url = fields.find((field) => field.name === "url")!;
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (address) => {
        expect(pattern(url).test(address), address).toBe(true);
        expect(shapeOf.url!.safeParse(address).success, address).toBe(true);
      }),
      { numRuns: 40 }, // fast-check's web addresses are slow to generate: 100 take ten seconds
    );
    for (const address of [
      "javascript:alert(1)",
      "ftp://example.org/x",
      "example.org/study",
      "https://",
      "data:text/html,x",
    ]) {
      expect(pattern(url).test(address), address).toBe(false);
      expect(shapeOf.url!.safeParse(address).success, address).toBe(false);
    }
  });

  it("offers the series given, and writes a draft only as draft: true", () => {
    expect(termField("series").options).toEqual(["sales-funnels-for-coaches"]);
    const draft = termField("draft");
    const values = (draft.options as { value: unknown }[]).map((option) => option.value);
    expect(values).toEqual([true]);
    expect(draft.required).toBe(false);
    expect(shape.draft.safeParse(true).success).toBe(true);
  });
});
