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
 * Headers every response carries, whatever its path: pages, assets, the 404 page served for an
 * unknown address. Hosts send every _headers rule that matches a path and browsers enforce every CSP
 * they receive, so there is exactly one rule, "/*", and its policy is the widest any page needs (search's
 * 'wasm-unsafe-eval'). Each page's meta tag narrows it: the browser enforces both, so a page without
 * search still cannot compile WebAssembly.
 */
export const securityHeaders: readonly { name: string; value: string }[] = [
  { name: "Content-Security-Policy", value: `${contentSecurityPolicy.search}; ${contentSecurityPolicy.headerOnly}` },
  { name: "X-Content-Type-Options", value: "nosniff" },
  { name: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

export default function cspPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("csp", contentSecurityPolicy);
  eleventyConfig.addGlobalData("securityHeaders", securityHeaders);
}
