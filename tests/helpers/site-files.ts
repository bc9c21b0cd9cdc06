// Reads a built site the way a crawler would: every HTML page, parsed once.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";

export interface BuiltPage {
  /** Site URL such as "/glossary/lead-magnet/". */
  url: string;
  file: string;
  html: string;
  root: HTMLElement;
}

export function htmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".html"))
    .map((name) => name.split("\\").join("/"))
    .sort();
}

const urlOf = (file: string): string => `/${file}`.replace(/index\.html$/, "");

export function readPages(siteDir: string): BuiltPage[] {
  return htmlFiles(siteDir).map((file) => {
    const html = readFileSync(join(siteDir, file), "utf8");
    return { url: urlOf(file), file, html, root: parse(html) };
  });
}

/** The file a site URL serves, as a static host resolves it, or undefined. */
export function fileForUrl(siteDir: string, url: string): string | undefined {
  const path = decodeURIComponent(url);
  const candidates = path.endsWith("/") ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.map((c) => join(siteDir, c)).find((c) => existsSync(c) && statSync(c).isFile());
}

export interface BrokenLink {
  page: string;
  target: string;
  reason: string;
}

/** Every internal href/src in every page: the file must exist, and a #fragment must name an id there. */
export function findBrokenLinks(siteDir: string, pages: BuiltPage[] = readPages(siteDir)): BrokenLink[] {
  const idsByUrl = new Map(
    pages.map((page) => [page.url, new Set(page.root.querySelectorAll("[id]").map((el) => el.id))]),
  );
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const el of page.root.querySelectorAll("a[href], link[href], script[src], img[src], form[action]")) {
      const raw = el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? "";
      if (/^(https?:|mailto:|tel:|data:)/.test(raw) || raw === "") continue;
      const [pathPart = "", fragment] = raw.split("#");
      const path =
        pathPart === ""
          ? page.url
          : posix.resolve(page.url.endsWith("/") ? page.url : posix.dirname(page.url), pathPart.split("?")[0] ?? "");
      const normalised = pathPart.endsWith("/") && !path.endsWith("/") ? `${path}/` : path;
      if (!fileForUrl(siteDir, normalised)) {
        broken.push({ page: page.url, target: raw, reason: "no such file" });
        continue;
      }
      if (fragment) {
        const targetUrl = normalised.endsWith("/") ? normalised : normalised.replace(/index\.html$/, "");
        const ids = idsByUrl.get(targetUrl);
        if (ids && !ids.has(fragment))
          broken.push({ page: page.url, target: raw, reason: `no element with id="${fragment}"` });
      }
    }
  }
  return broken;
}
