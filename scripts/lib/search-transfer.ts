// What a reader's browser downloads for search, measured in Chromium on a built site: shared by
// npm run search-payload and npm run bench.
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { chromiumFlags, chromiumPath, serveDirectory } from "./local-browser.ts";

export interface SearchTransfer {
  /** Bytes as files, uncompressed (Pagefind's own files are already gzip inside). */
  rawBytes: number;
  /** Bytes a host that gzips its responses sends: each file gzipped, unless that makes it larger. */
  gzipBytes: number;
  /** gzip bytes by kind of file: pagefind-entry, pagefind.js, wasm, index chunks, fragments, names… */
  gzipByKind: Map<string, number>;
}

const kindOf = (pathname: string): string =>
  pathname.startsWith("/search/names/")
    ? "exact-match names"
    : (pathname.split("/")[2] ?? pathname).replace(/_[0-9a-f]+\..*$/, "").replace(/\.[^.]*$/, "");

/**
 * Opens /search/ in a fresh browser (empty cache), then types each query in turn and waits for its
 * results. Counts what the searching fetched (Pagefind's files and the exact-match names), not the
 * search page itself.
 */
export async function measureSearchTransfer(siteDir: string, queries: string[]): Promise<SearchTransfer> {
  const site = await serveDirectory(siteDir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    const page = await browser.newPage();
    const result: SearchTransfer = { rawBytes: 0, gzipBytes: 0, gzipByKind: new Map() };
    const pending: Promise<void>[] = [];
    page.on("response", (response) => {
      const { pathname } = new URL(response.url());
      if (!pathname.startsWith("/pagefind/") && !pathname.startsWith("/search/names/")) return;
      pending.push(
        response
          .body()
          .catch(() => Buffer.alloc(0))
          .then((body) => {
            const gzip = Math.min(body.length, gzipSync(body).length);
            result.rawBytes += body.length;
            result.gzipBytes += gzip;
            const kind = kindOf(pathname);
            result.gzipByKind.set(kind, (result.gzipByKind.get(kind) ?? 0) + gzip);
          }),
      );
    });
    await page.goto(`${site.origin}/search/`);
    for (const query of queries) {
      await page.locator("#search-q").fill(query);
      await page.waitForFunction(
        (q) => document.querySelector("#search-status")?.textContent?.includes(`for “${q}”`),
        query,
      );
    }
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);
    return result;
  } finally {
    await browser.close();
    await site.close();
  }
}
