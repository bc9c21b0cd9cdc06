// Every template under src/ that is not a term or guide. The build refuses any other template file
// (src/content/site-files.ts), so a page can only be added in review, never by dropping a file in:
// a page type's templates are declared with it (page-types.ts), and the site's own files are here.
import { allPageTypes } from "./page-types.ts";

/** Templates that belong to no page type: the home page, the 404 page and the files beside the pages. */
const siteFiles = [
  "src/404.njk",
  "src/admin/index.njk",
  "src/feed.njk",
  "src/index.njk",
  "src/manifest.njk",
  "src/offline/index.njk",
  "src/previews/previews-index.njk",
  "src/robots.njk",
  "src/sitemap.njk",
];

export const siteTemplates: readonly string[] = [...siteFiles, ...allPageTypes.flatMap((type) => type.templates)];
