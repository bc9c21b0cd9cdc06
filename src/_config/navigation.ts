// The main nav, from the page types (page-types.ts): templates read it as `nav`, a list of { label, url }.
import { allPageTypes } from "./page-types.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

export const navItems = allPageTypes.flatMap((type) => (type.nav ? [{ label: type.nav, url: type.url }] : []));

export default function navigationPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("nav", navItems);
}
