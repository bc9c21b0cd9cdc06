import site from "../../_data/site.json" with { type: "json" };
import type { EleventyConfig } from "./eleventy-types.ts";

/** The absolute site URL without a trailing slash. Deploys set SITE_URL; everything else uses site.json. */
export const siteUrl = (process.env.SITE_URL || site.url).replace(/\/+$/, "");

export default function siteUrlPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("siteUrl", siteUrl);
}
