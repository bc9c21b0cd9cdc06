// The browser editor's settings (Sveltia CMS), generated at build time from what the build itself
// checks: the stages in _data/stages.json, the limits of the term schema, the series in use. Pure.
// What a form cannot judge (backlinks, drafts linked from published terms, word counts, figures
// without sources, a source's author-or-publisher rule) stays with `npm run check:content` and the build.
import type { CmsConfig, Field } from "@sveltia/cms";
import { markdownPattern, relatedMinimum, summaryLimit } from "../content/term-schema.ts";
import { sourceYears } from "../content/source-schema.ts";

export interface EditorConfigInput {
  stages: readonly { id: string; name: string }[];
  /** Every series a term belongs to, and the hub's own. */
  series: readonly string[];
  siteTitle: string;
  siteUrl: string;
  /** "owner/name" of the GitHub repository a hosted editor commits to. */
  repository: string;
  branch: string;
}

/** The summary pattern is the schema's forbidden characters, negated: one source, two forms. */
export const summaryPattern = `^[^${markdownPattern.source.slice(1, -1)}]*$`;
/** A source's address: http or https and a site name, as the schema's URL rule asks. */
export const sourceUrlPattern = "^\\s*https?://[^\\s/?#]+([/?#]\\S*)?\\s*$";
export const datePattern = "^\\d{4}-\\d{2}-\\d{2}$";

const stageOptions = (stages: EditorConfigInput["stages"], withAll: boolean) => [
  ...stages.map((stage) => ({ label: stage.name, value: stage.id })),
  ...(withAll ? [{ label: "Every stage", value: "all" }] : []),
];

const sourcesField: Field = {
  name: "sources",
  label: "Sources",
  label_singular: "source",
  widget: "list",
  required: false,
  hint: "Needed for any figure or named method that is not your own example. Each source names an author, a publisher, or both.",
  fields: [
    { name: "title", label: "Title", widget: "string", hint: "As the publication gives it." },
    { name: "author", label: "Author", widget: "string", required: false },
    { name: "publisher", label: "Publisher", widget: "string", required: false },
    {
      name: "year",
      label: "Year",
      widget: "number",
      value_type: "int",
      min: sourceYears.min,
      max: sourceYears.max,
    },
    {
      name: "url",
      label: "Web address",
      widget: "string",
      pattern: [sourceUrlPattern, "Write a web address starting https://, such as https://example.org/study"],
    },
  ],
};

const updatedField: Field = {
  name: "updated",
  label: "Updated",
  widget: "string",
  required: false,
  hint: "Leave empty: the page shows the date of the last change. Only to set it by hand, such as 2026-11-22.",
  pattern: [datePattern, "Write the date as year-month-day, such as 2026-11-22"],
};

const bodyField: Field = {
  name: "body",
  label: "Entry",
  widget: "markdown",
  // Raw Markdown only: the file holds exactly what was typed (tables included), as the build reads it.
  modes: ["raw"],
  hint: "250 to 700 words. Link to other terms like this: [conversion rate](/glossary/conversion-rate/).",
};

/** The term fields, in the order of the term schema (the order the files are written in). */
function termFields(input: EditorConfigInput): Field[] {
  return [
    { name: "title", label: "Title", widget: "string", hint: "The term's name, such as Lead magnet." },
    {
      name: "summary",
      label: "Summary",
      widget: "string",
      maxlength: summaryLimit,
      pattern: [summaryPattern, "Write plain text, without * _ ` # [ ] < or >"],
      hint: `One or two plain sentences, ${summaryLimit} characters or fewer: shown in search results and on the A–Z page.`,
    },
    { name: "stage", label: "Stage", widget: "select", options: stageOptions(input.stages, true) },
    {
      name: "related",
      label: "Related terms",
      widget: "relation",
      collection: "glossary",
      value_field: "{{slug}}",
      search_fields: ["title"],
      display_fields: ["title"],
      multiple: true,
      min: relatedMinimum,
      hint: `At least ${relatedMinimum} other terms.`,
    },
    {
      name: "aliases",
      label: "Other names",
      widget: "list",
      required: false,
      hint: "Other names the term goes by: searchable, and listed on the A–Z page.",
    },
    {
      name: "series",
      label: "Series",
      widget: "select",
      required: false,
      options: [...input.series],
      hint: "The hub guide this term belongs to, if any.",
    },
    sourcesField,
    updatedField,
    {
      // A choice of one, not a switch: a switch writes `draft: false` into every term it saves, and its
      // default would turn a published term into a draft when opened. Unset, the line is left out.
      name: "draft",
      label: "Draft",
      widget: "select",
      required: false,
      options: [{ label: "Draft: shown in the preview only, never published", value: true }],
      hint: "Choose (None) to publish. Publish a term in the same change as a link to it from another term.",
    },
    bodyField,
  ];
}

function guideFields(input: EditorConfigInput): Field[] {
  return [
    { name: "title", label: "Title", widget: "string" },
    {
      name: "summary",
      label: "Summary",
      widget: "string",
      maxlength: summaryLimit,
      pattern: [summaryPattern, "Write plain text, without * _ ` # [ ] < or >"],
    },
    {
      name: "stage",
      label: "Stage",
      widget: "select",
      required: false,
      options: stageOptions(input.stages, false),
      hint: "Empty for the hub guide.",
    },
    {
      name: "reflection",
      label: "Reflection question",
      widget: "text",
      required: false,
      hint: "Every stage guide ends with one question for the reader.",
    },
    sourcesField,
    updatedField,
    bodyField,
  ];
}

export function editorConfig(input: EditorConfigInput): CmsConfig {
  return {
    backend: { name: "github", repo: input.repository, branch: input.branch },
    app_title: `${input.siteTitle} editor`,
    site_url: input.siteUrl,
    logo_url: "/favicon.svg",
    media_folder: "src/assets/images",
    public_folder: "/assets/images",
    // Without it the editor writes `series: ''` and the like, which the strict schema refuses.
    output: { omit_empty_optional_fields: true },
    // "Session recap" becomes session-recap.md: the file name rule of the term schema.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-", lowercase: true },
    collections: [
      {
        name: "glossary",
        label: "Glossary terms",
        label_singular: "term",
        folder: "src/glossary",
        extension: "md",
        format: "yaml-frontmatter",
        create: true,
        slug: "{{title}}",
        identifier_field: "title",
        sortable_fields: ["title", "stage"],
        preview_path: "glossary/{{slug}}/",
        fields: termFields(input),
      },
      {
        name: "guides",
        label: "Guides",
        label_singular: "guide",
        folder: "src/guides",
        extension: "md",
        format: "yaml-frontmatter",
        // A guide belongs to a stage in _data/stages.json: adding one is a change to the stages.
        create: false,
        delete: false,
        identifier_field: "title",
        preview_path: "guides/{{slug}}/",
        fields: guideFields(input),
      },
    ],
  };
}
