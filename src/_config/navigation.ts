// The main nav, from the page types (page-types.ts): templates read it as `nav`, a list of { label, url }.
import { allPageTypes } from "./page-types.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

export const navItems = allPageTypes.flatMap((type) => (type.nav ? [{ label: type.nav, url: type.url }] : []));

/** The nav item a page belongs to: the longest nav address its own starts with (compare, not the calculator). */
export const currentNavUrl = (pageUrl: string): string =>
  navItems
    .map((item) => item.url)
    .filter((url) => pageUrl.startsWith(url))
    .reduce((longest, url) => (url.length > longest.length ? url : longest), "");

export default function navigationPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("nav", navItems);
  eleventyConfig.addFilter("currentNavUrl", currentNavUrl);
}
