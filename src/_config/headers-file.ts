// Writes _site/_headers, read by Netlify and Cloudflare Pages, from the pages the build wrote.
//
// Both hosts send the headers of EVERY rule whose path matches a request (Netlify combines them;
// Cloudflare Pages attaches them all and only a `! Name` line detaches one), and browsers enforce
// every policy they receive. The editor at /admin/ needs inline styles, which the reading pages'
// policy forbids, so no rule that matches /admin/ may carry that policy: a "/*" rule with the
// strict CSP would reach the editor on Netlify, where nothing can detach it. Hence the strict CSP
// goes on one rule per top-level folder or file the build wrote, "/admin/*" alone carries the
// editor's, and "/*" carries only headers that suit every path. docs/security-headers.md says more.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentSecurityPolicy } from "./csp.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

export interface HeaderRule {
  path: string;
  headers: { name: string; value: string }[];
}

/** The folder the editor lives in; the one path the reading pages' policy must never reach. */
export const editorFolder = "admin";

/** Folders written outside Eleventy's templates (esbuild's bundles, Pagefind's index). */
const foldersWrittenBesideTemplates = ["assets", "pagefind"];

const everyPath: HeaderRule["headers"] = [
  { name: "X-Content-Type-Options", value: "nosniff" },
  { name: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Also said by frame-ancestors below; here it covers an unknown top-level address, which no CSP rule matches.
  { name: "X-Frame-Options", value: "DENY" },
];

/** "/glossary/x/" → "/glossary/*"; "/" → "/" and "/index.html"; "/feed.xml" → "/feed.xml". */
function pathPatterns(url: string): string[] {
  const [, first = "", ...rest] = url.split("/");
  if (url === "/") return ["/", "/index.html"];
  return rest.length > 0 ? [`/${first}/*`] : [`/${first}`];
}

/**
 * The rules, in file order, for a build that wrote `urls` (each page's URL, such as "/glossary/x/").
 * Every URL outside /admin/ matches exactly one rule with the reading pages' policy (the widest a
 * page needs: search's 'wasm-unsafe-eval'; each page's meta tag narrows it), and /admin/ exactly one
 * with the editor's.
 */
export function headerRules(urls: readonly string[]): HeaderRule[] {
  const readingPaths = new Set<string>();
  for (const url of urls) {
    if (url.split("/")[1] === editorFolder) continue;
    for (const pattern of pathPatterns(url)) readingPaths.add(pattern);
  }
  for (const folder of foldersWrittenBesideTemplates) readingPaths.add(`/${folder}/*`);
  const csp = (policy: string) => ({
    name: "Content-Security-Policy",
    value: `${policy}; ${contentSecurityPolicy.headerOnly}`,
  });
  return [
    { path: "/*", headers: everyPath },
    ...[...readingPaths].sort().map((path) => ({ path, headers: [csp(contentSecurityPolicy.search)] })),
    {
      path: `/${editorFolder}/*`,
      headers: [csp(contentSecurityPolicy.editor), { name: "X-Robots-Tag", value: "noindex" }],
    },
  ];
}

export const formatHeadersFile = (rules: readonly HeaderRule[]): string =>
  rules.map((rule) => `${rule.path}\n${rule.headers.map((h) => `  ${h.name}: ${h.value}\n`).join("")}`).join("\n");

export default function headersFilePlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", ({ directories, results }) => {
    const urls = (results ?? []).map((result) => result.url).filter((url): url is string => Boolean(url));
    writeFileSync(join(directories.output, "_headers"), formatHeadersFile(headerRules(urls)));
  });
}
