// Makes Sveltia CMS's browser bundle self-hosted: as published, it loads three fonts from a CDN,
// asks the CDN for the newest version every hour, fetches non-English interface strings from it, and
// asks GitHub's status page every five minutes whether GitHub is down.
// The editor must not send a request off the site (the admin page's policy would block them, and
// the editor would then show icons as words). Pure: text in, text out; src/_config/admin.ts copies
// the files. Each rewrite must match exactly as often as expected, so a new version of the package
// that changes them stops the build instead of quietly reaching for the CDN again.

export interface BundleRewrite {
  what: string;
  pattern: RegExp;
  replacement: string;
  expected: number;
}

/** Where the rewritten bundle finds its fonts and interface strings, on this site. */
export const editorFontsPath = "/admin/fonts/";
export const editorLocalesPath = "/admin/locales";

export const bundleRewrites: readonly BundleRewrite[] = [
  {
    what: "the fonts' CDN addresses (Source Sans 3, Noto Mono, Material Symbols)",
    // …/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2 → /admin/fonts/source-sans-3-latin-wght-normal.woff2
    pattern: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g,
    replacement: `${editorFontsPath}$1-$2.woff2`,
    expected: 3,
  },
  {
    what: "the hourly version check against the CDN",
    // async()=>{try{let e=await fetch(URL);if(!e.ok)return;let{version:t}=… : return before the fetch.
    pattern: /(async\(\)=>\{try\{)(let (\w+)=await fetch\(\w+\);if\(!\3\.ok\)return;let\{version:)/g,
    replacement: "$1return;$2",
    expected: 1,
  },
  {
    what: "the GitHub status-page check (an outage banner; the editor works without it)",
    // async()=>{try{let{status:{indicator:e}}=await fetch…: answer "none" (no incident) before asking.
    pattern: /(async\(\)=>\{try\{)(let\{status:\{indicator:\w+\}\}=await)/g,
    replacement: "$1return`none`;$2",
    expected: 1,
  },
  {
    what: "the CDN folder of interface strings in other languages",
    pattern: /`\$\{\w+\}@\$\{\w+\}\/locales`/g,
    replacement: `\`${editorLocalesPath}\``,
    expected: 1,
  },
];

/** The bundle with every rewrite applied; throws, naming it, when a rewrite does not match as expected. */
export function selfHostedBundle(source: string): string {
  let code = source;
  for (const rewrite of bundleRewrites) {
    const found = code.match(rewrite.pattern)?.length ?? 0;
    if (found !== rewrite.expected)
      throw new Error(
        `The editor bundle has ${found} of ${rewrite.what} where ${rewrite.expected} were expected: ` +
          "a new @sveltia/cms version changed it. Update src/admin/editor-bundle.ts for that version.",
      );
    code = code.replace(rewrite.pattern, rewrite.replacement);
  }
  return code;
}

/** The font files the rewritten bundle asks for, such as "source-sans-3-latin-wght-normal.woff2". */
export function fontsAskedFor(code: string): string[] {
  const escaped = editorFontsPath.replaceAll("/", "\\/");
  return [...new Set([...code.matchAll(new RegExp(`${escaped}([a-z0-9-]+\\.woff2)`, "g"))].map((m) => m[1]!))];
}
