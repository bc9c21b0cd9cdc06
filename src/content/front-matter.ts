// Front matter is YAML and nothing else. gray-matter, and Eleventy's own copy of it, run the JavaScript
// after an opening `---js` (or `---javascript`) and parse `---json`: a file an editor commits must never
// run code on the build machine, so every other language is refused before a parser sees it, and every
// engine that is not YAML throws if anything reaches it anyway.

/** The names gray-matter reads as YAML after the opening `---` (none at all is YAML too). */
const yamlNames = new Set(["", "yaml", "yml"]);

/**
 * The language named after a file's opening `---` ("js" for `---js`), "" for plain `---`, or
 * undefined when the file has no front matter. Mirrors how gray-matter finds it.
 */
export function frontMatterLanguage(text: string): string | undefined {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  // `----` is a Markdown rule, not front matter, for gray-matter too.
  if (!source.startsWith("---") || source[3] === "-") return undefined;
  const lineEnd = source.search(/\r?\n/);
  return source.slice(3, lineEnd === -1 ? undefined : lineEnd).trim();
}

/** The refused language of a file's front matter, or undefined when it is YAML (or absent). */
export function refusedFrontMatterLanguage(text: string): string | undefined {
  const language = frontMatterLanguage(text);
  return language === undefined || yamlNames.has(language.toLowerCase()) ? undefined : language;
}

/** What an editor reads when a file opens with another language. */
export function refusedLanguageMessage(language: string): string {
  return (
    `the front matter opens with "---${language}": only YAML front matter is read, and nothing in it is run ` +
    `(start the file with a line of just ---)`
  );
}

function refuse(language: string) {
  return (_source: string, options?: { filePath?: string }): never => {
    const file = options?.filePath ? `${options.filePath}: ` : "";
    throw new Error(`${file}${refusedLanguageMessage(language)}`);
  };
}

/**
 * Engines that replace every non-YAML engine gray-matter or Eleventy registers (gray-matter looks up
 * `js` as `javascript`; Eleventy adds `jsLegacy` and `node`). Each throws; none evaluates anything.
 */
export const nonYamlEngines = {
  javascript: refuse("javascript"),
  js: refuse("js"),
  jsLegacy: refuse("js"),
  json: refuse("json"),
  node: refuse("node"),
};
