// Markdown is Markdown: raw HTML and unsafe link targets in a term or guide are refused when the
// content is checked, before anything is written. The body is parsed by markdown-it, the parser the
// build renders with, so what is checked is what would be rendered. Pure.
import MarkdownIt from "markdown-it";

/** The only tags a body may write as HTML: harmless inline markup Markdown has no syntax for. */
export const allowedInlineTags = ["abbr", "kbd", "sub", "sup"] as const;

const allowedOpening = new RegExp(`^<(${allowedInlineTags.join("|")})(?: title="[^"<>&]*")?>$`);
const allowedClosing = new RegExp(`^</(${allowedInlineTags.join("|")})>$`);

/** True for an allowed inline tag written exactly as allowed: lowercase, no attribute but a quoted title. */
export function isAllowedInlineHtml(html: string): boolean {
  return allowedOpening.test(html) || allowedClosing.test(html);
}

const allowedSchemes = new Set(["http", "https", "mailto"]);

/**
 * The scheme of a link target as a browser would read it, or undefined for a relative address.
 * Browsers drop tabs, newlines and leading control characters and ignore case, and markdown-it has
 * already decoded entities and percent-encoded the rest, so all of those are undone first.
 */
export function linkScheme(target: string): string | undefined {
  let text = target;
  try {
    text = decodeURIComponent(target);
  } catch {
    // A stray % stays as written.
  }
  const squeezed = text.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  return squeezed.match(/^([a-z][a-z0-9+.-]*):/)?.[1];
}

/** True for a link or image target a page may carry: relative, http:, https: or mailto:. */
export function isSafeLinkTarget(target: string): boolean {
  const scheme = linkScheme(target);
  return scheme === undefined || allowedSchemes.has(scheme);
}

export interface HtmlFinding {
  line: number;
  message: string;
}

/** What to write instead of a tag, in an editor's words. */
function insteadOf(tag: string): string {
  if (/^(script|style|meta|link|base|iframe|frame|object|embed|form|input|button|svg|math|template)$/.test(tag)) {
    return "remove it: a page cannot run code, load anything or send readers elsewhere from its text";
  }
  const markdown: Record<string, string> = {
    a: "write a Markdown link instead: [the words](https://example.org/page) or [a term](/glossary/value-ladder/)",
    img: "write a Markdown image instead: ![what it shows](/assets/picture.png)",
    b: "write **bold** instead",
    strong: "write **bold** instead",
    i: "write _italic_ instead",
    em: "write _italic_ instead",
    br: "leave an empty line to start a new paragraph instead",
    p: "leave an empty line between paragraphs instead",
    ul: "write a list with a dash at the start of each line instead",
    ol: "write a list with 1. 2. 3. at the start of each line instead",
    li: "write a list with a dash at the start of each line instead",
    table: "write a Markdown table instead (a header row, then | --- | under it)",
    code: "put the text between backticks instead: `like this`",
    pre: "put the text between lines of three backticks instead",
    blockquote: "start the line with > instead",
  };
  if (/^h[1-6]$/.test(tag)) return "start the line with ## instead, followed by the heading";
  return (
    markdown[tag] ??
    `write plain Markdown instead (HTML is allowed only as ${allowedInlineTags.map((t) => `<${t}>`).join(", ")}, with at most a title="…")`
  );
}

function htmlMessage(html: string, line: number): string {
  const snippet = html.trim().split("\n")[0] ?? "";
  const shown = snippet.length > 60 ? `${snippet.slice(0, 60)}…` : snippet;
  if (snippet.startsWith("<!--"))
    return `has an HTML comment on line ${line} (${shown}): remove it; notes for other editors go in the commit message, not the page`;
  const tag = snippet.match(/^<\/?([a-z][a-z0-9-]*)/i)?.[1]?.toLowerCase() ?? "";
  if ((allowedInlineTags as readonly string[]).includes(tag)) {
    return `has HTML on line ${line} (${shown}): <${tag}> may carry only a title, written title="…" in lowercase, and nothing else; remove the other attributes`;
  }
  return `has HTML on line ${line} (${shown}): ${insteadOf(tag)}`;
}

function linkMessage(kind: "link" | "image", target: string, line: number): string {
  const shown = target.length > 60 ? `${target.slice(0, 60)}…` : target;
  const what = kind === "image" ? "an image" : "a link";
  return `has ${what} on line ${line} to "${shown}", which starts with "${linkScheme(target)}:": ${what} may only go to an address starting with https:// or http://, or to a page of this site such as /glossary/value-ladder/`;
}

// A parser that builds every link, even the ones the renderer would refuse, so they can be reported.
const parser = new MarkdownIt({ html: true });
parser.validateLink = () => true;

/**
 * Findings by body text. Under `npm start` every save re-checks every file, and this parse is about a
 * third of the content model's time; an unchanged body gives the same findings, so they are kept.
 * Emptied when it grows past a few edits per file of a large glossary.
 */
const checked = new Map<string, readonly HtmlFinding[]>();
const checkedLimit = 20_000;

/** Every raw HTML tag (beyond the allowlist) and every unsafe link or image in `body`, with its line in the file. */
export function rawHtmlFindings(body: string, firstLine = 1): readonly HtmlFinding[] {
  const key = `${firstLine}\n${body}`;
  const known = checked.get(key);
  if (known) return known;
  const findings = parseFindings(body, firstLine);
  if (checked.size >= checkedLimit) checked.clear();
  checked.set(key, findings);
  return findings;
}

function parseFindings(body: string, firstLine: number): HtmlFinding[] {
  const findings: HtmlFinding[] = [];
  for (const token of parser.parse(body, {})) {
    const blockLine = firstLine + (token.map?.[0] ?? 0);
    if (token.type === "html_block") findings.push({ line: blockLine, message: htmlMessage(token.content, blockLine) });
    if (token.type !== "inline") continue;
    let line = blockLine;
    for (const child of token.children ?? []) {
      if (child.type === "softbreak" || child.type === "hardbreak") line += 1;
      // A closing tag is harmless on its own and its opening tag is already reported.
      else if (child.type === "html_inline" && !isAllowedInlineHtml(child.content) && !child.content.startsWith("</"))
        findings.push({ line, message: htmlMessage(child.content, line) });
      else if (child.type === "link_open" || child.type === "image") {
        const target = child.attrGet(child.type === "image" ? "src" : "href") ?? "";
        if (!isSafeLinkTarget(target))
          findings.push({ line, message: linkMessage(child.type === "image" ? "image" : "link", target, line) });
      }
      line += (child.content.match(/\n/g) ?? []).length;
    }
  }
  return findings;
}
