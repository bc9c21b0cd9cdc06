// The Content-Security-Policy, written once. The base layout puts it in a <meta> tag and
// src/_headers.njk puts it in the _headers file that static hosts read.
import type { EleventyConfig } from "./eleventy-types.ts";

const shared = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const contentSecurityPolicy = {
  /** Every page but search: scripts from this site only. */
  default: [...shared, "script-src 'self'"].join("; "),
  /** Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' on the search page alone. */
  search: [...shared, "script-src 'self' 'wasm-unsafe-eval'"].join("; "),
  /** Only a header may say this; browsers ignore (and warn about) it in a meta tag. */
  headerOnly: "frame-ancestors 'none'",
};

export default function cspPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("csp", contentSecurityPolicy);
}
