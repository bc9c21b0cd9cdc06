import { chromium } from "playwright-core";
const [,, url, out, w, h, action, scheme] = process.argv;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme || "light" });
const errs = []; p.on("console", m => { if (["error","warning"].includes(m.type())) errs.push(m.text()); }); p.on("pageerror", e => errs.push(e.message));
await p.goto(url);
if (action === "example") { await p.click("text=Load the example"); await p.waitForTimeout(800); }
await p.screenshot({ path: out, fullPage: true });
console.log("errors:", JSON.stringify(errs));
await b.close();
