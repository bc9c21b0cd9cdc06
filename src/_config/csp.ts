// The Content-Security-Policy, written once. The base layout puts it in a <meta> tag and
// src/_config/headers-file.ts puts it in the _headers file that static hosts read.
import type { EleventyConfig } from "./eleventy-types.ts";

const shared = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The browser editor at /admin/ (Sveltia CMS), and only it. Measured in Chromium: Svelte injects
 * <style> elements, so styles need 'unsafe-inline'; the editor reads files into blob: and data: URLs
 * (images too) and shows its preview in a blob: iframe; the GitHub backend talks to api.github.com.
 * Scripts stay 'self' with no eval.
 */
const editor = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "frame-src blob:", // the preview pane is a blob: document in an iframe
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "connect-src 'self' blob: data: https://api.github.com",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const contentSecurityPolicy = {
  /** Every page but search: scripts from this site only. */
  default: [...shared, "script-src 'self'"].join("; "),
  /** Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' on the search page alone. */
  search: [...shared, "script-src 'self' 'wasm-unsafe-eval'"].join("; "),
  /** /admin/ alone: the editor's needs, above. No reading page ever receives it. */
  editor: editor.join("; "),
  /** Only a header may say this; browsers ignore (and warn about) it in a meta tag. */
  headerOnly: "frame-ancestors 'none'",
};

export default function cspPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("csp", contentSecurityPolicy);
}
