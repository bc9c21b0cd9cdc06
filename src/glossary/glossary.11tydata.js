// Shared settings for every term file, so an editor writes only the front matter in CONTRIBUTING.md.
export default {
  layout: "layouts/term.njk",
  permalink: (data) => `/glossary/${data.page.fileSlug}/`,
};
