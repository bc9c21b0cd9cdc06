// Shared settings for the hub guide (index.md) and one guide per stage in _data/stages.json.
export default {
  layout: "layouts/guide.njk",
  permalink: (data) => (data.page.fileSlug === "guides" ? "/guides/" : `/guides/${data.page.fileSlug}/`),
  eleventyComputed: {
    // Only stage guides have a reflection box, so only they load its script.
    script: (data) => (data.stage ? "reflection-box" : undefined),
  },
};
