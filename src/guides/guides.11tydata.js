export default {
  layout: "layouts/guide.njk",
  permalink: (data) => (data.page.fileSlug === "guides" ? "/guides/" : `/guides/${data.page.fileSlug}/`),
};
