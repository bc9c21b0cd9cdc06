import { isProductionBuild, type EleventyConfig } from "./eleventy-types.ts";

/** `draft: true` pages are previewed under `npm start` and left out of `npm run build` entirely. */
export default function draftsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPreprocessor("drafts", "md", (data) => {
    if (data.draft && isProductionBuild()) return false;
    return undefined;
  });
}
