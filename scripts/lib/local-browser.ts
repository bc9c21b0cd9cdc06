// Debian's Chromium and a static server on loopback: shared by the browser tests, npm run lighthouse
// and npm run search-payload.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import { findChromium } from "./test-tools.ts";

/** CHROME_PATH, or the first usual install path that exists (the test command installs one when none does). */
export const chromiumPath = findChromium() ?? "/usr/bin/chromium";

/** Flags that work here: without the networking ones, Chromium keeps trying hosts this machine cannot reach. */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface ServedSite {
  origin: string;
  close(): Promise<void>;
}

/** Serves a built site folder on a free loopback port. */
export async function serveDirectory(dir: string): Promise<ServedSite> {
  const handler = sirv(dir, { dev: true, etag: false });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end("Not found");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
