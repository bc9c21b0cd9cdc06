// Every template under src/ that is not a term or guide. The build refuses any other template file
// (src/content/site-files.ts), so a page can only be added here, in review, never by dropping a file in.
export const siteTemplates = [
  "src/404.njk",
  "src/admin/index.njk",
  "src/calculator/index.njk",
  "src/compare/index.njk",
  "src/feed.njk",
  "src/glossary/index.njk",
  "src/glossary/stage.njk",
  "src/index.njk",
  "src/map/blank.njk",
  "src/map/index.njk",
  "src/previews/previews-index.njk",
  "src/robots.njk",
  "src/search/index.njk",
  "src/search/names.njk",
  "src/sitemap.njk",
] as const;
