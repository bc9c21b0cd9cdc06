// Gate 4: what a strict Content-Security-Policy forbids, read from the built HTML.
import { parse } from "node-html-parser";
import { contentSecurityPolicy } from "../../../src/_config/csp.ts";

/** The built page of the browser editor: the one page with a policy of its own. */
export const editorPage = "admin/index.html";

/**
 * What each built page may carry: 'wasm-unsafe-eval' on the search page alone; on the editor's page
 * the editor's policy exactly (its styles are injected), and nothing looser anywhere else.
 */
export const cspOptionsFor = (file: string): { allowWasm: boolean; editorPolicy?: string } => ({
  allowWasm: file === "search/index.html",
  ...(file === editorPage ? { editorPolicy: contentSecurityPolicy.editor } : {}),
});

export interface CspFinding {
  file: string;
  line: number;
  rule: string;
  detail: string;
}

const lineOf = (html: string, index: number): number => html.slice(0, Math.max(0, index)).split("\n").length;

/**
 * Inline scripts (JSON-LD data blocks excepted), <style> blocks, style="" and on*="" attributes, and a weak CSP meta.
 * `editorPolicy`, for /admin/ alone, is the one policy that page may carry instead (its editor injects styles).
 */
export function inlineCodeFindings(
  file: string,
  html: string,
  options: { allowWasm: boolean; editorPolicy?: string },
): CspFinding[] {
  const findings: CspFinding[] = [];
  const root = parse(html);
  for (const script of root.querySelectorAll("script")) {
    if (script.getAttribute("src") || script.getAttribute("type") === "application/ld+json") continue;
    findings.push({
      file,
      line: lineOf(html, html.indexOf(script.outerHTML)),
      rule: "no-inline-script",
      detail: script.outerHTML.slice(0, 80),
    });
  }
  for (const style of root.querySelectorAll("style")) {
    findings.push({
      file,
      line: lineOf(html, html.indexOf(style.outerHTML)),
      rule: "no-inline-style-element",
      detail: style.outerHTML.slice(0, 80),
    });
  }
  for (const match of html.matchAll(/<[a-z][^>]*?\s(style|on[a-z]+)\s*=\s*["'][^>]*>/gi)) {
    findings.push({
      file,
      line: lineOf(html, match.index ?? 0),
      rule: `no-inline-${match[1]?.toLowerCase().startsWith("on") ? "handler" : "style-attribute"}`,
      detail: match[0].slice(0, 80),
    });
  }
  const csp = root.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content");
  if (!csp)
    findings.push({ file, line: 1, rule: "csp-meta-missing", detail: "no <meta http-equiv=Content-Security-Policy>" });
  else if (options.editorPolicy !== undefined) {
    if (csp !== options.editorPolicy) findings.push({ file, line: 1, rule: "csp-not-the-editor-policy", detail: csp });
  } else {
    if (!csp.includes("default-src 'self'")) findings.push({ file, line: 1, rule: "csp-default-src", detail: csp });
    if (/unsafe-inline|'unsafe-eval'/.test(csp)) findings.push({ file, line: 1, rule: "csp-unsafe", detail: csp });
    if (csp.includes("wasm-unsafe-eval") && !options.allowWasm)
      findings.push({ file, line: 1, rule: "csp-wasm-outside-search", detail: csp });
  }
  return findings;
}

export const formatCspFinding = (f: CspFinding): string =>
  `${f.file}:${f.line} [${f.rule}] ${f.detail} (see https://developer.mozilla.org/docs/Web/HTTP/CSP)`;
