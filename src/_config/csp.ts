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

/**
 * _headers rules per section. Hosts apply every rule that matches, and two CSP headers both
 * apply, so a catch-all "/*" would also lock search out of WebAssembly. Each section gets its own.
 * A new top-level section must be added here (a test checks every page is covered once).
 */
export const cspRules = [
  { paths: ["/", "/index.html", "/404.html", "/glossary/*", "/guides/*", "/calculator/*", "/map/*"], policy: "default" },
  { paths: ["/search/*"], policy: "search" },
] as const;

export default function cspPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("csp", contentSecurityPolicy);
  eleventyConfig.addGlobalData("cspRules", cspRules);
}
