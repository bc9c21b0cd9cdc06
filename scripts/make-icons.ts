// Draws the app icons that manifest.webmanifest lists, from src/assets/favicon.svg, with the
// machine's Chromium: `npx tsx scripts/make-icons.ts`. The PNGs are committed (about 9 KB in all),
// so a build needs no image library; run this again only when the favicon changes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { chromiumFlags, chromiumPath } from "./lib/local-browser.ts";

const root = join(import.meta.dirname, "..");
const svg = readFileSync(join(root, "src/assets/favicon.svg"), "utf8");
const background = "#fbfaf7"; // the page background (--bg in site.css), so the icon matches the site

/** `share` is how much of the square the mark fills: a maskable icon keeps it inside the central safe circle. */
const icons = [
  { file: "icon-192.png", size: 192, share: 0.75 },
  { file: "icon-512.png", size: 512, share: 0.75 },
  { file: "icon-maskable-512.png", size: 512, share: 0.55 },
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
for (const { file, size, share } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const mark = Math.round(size * share);
  const body = `margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${background}`;
  await page.setContent(
    `<body style="${body}">` + svg.replace("<svg ", `<svg width="${mark}" height="${mark}" `) + "</body>",
  );
  await page.screenshot({ path: join(root, "src/assets/icons", file) });
  await page.close();
}
await browser.close();
