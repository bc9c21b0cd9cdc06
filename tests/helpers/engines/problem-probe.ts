// A test-only server over the built site that adds one external script to every page: it records
// console errors and warnings, uncaught errors, failed loads and CSP violations in window.__problems.
// Firefox over BiDi and WebKitGTK over WebDriver report these differently (WebKitGTK not at all), so
// one probe in the page reads them the same way in both. An external script keeps the strict CSP.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize } from "node:path";
import sirv from "sirv";

const probePath = "/__problem-probe.js";

// Plain JavaScript, run in the page before anything else.
const probeScript = `(() => {
  const problems = (window.__problems = []);
  for (const level of ["error", "warn"]) {
    const original = console[level];
    console[level] = (...args) => {
      problems.push("console " + level + ": " + args.map(String).join(" "));
      original.apply(console, args);
    };
  }
  addEventListener("error", (event) => {
    const target = event.target;
    const resource = target && target !== window ? target.src || target.href : "";
    problems.push(resource ? "failed to load " + resource : "page error: " + event.message);
  }, true);
  addEventListener("unhandledrejection", (event) => problems.push("unhandled rejection: " + String(event.reason)));
  document.addEventListener("securitypolicyviolation", (event) =>
    problems.push("CSP violation: " + event.effectiveDirective + " blocked " + event.blockedURI), true);
})();`;

export interface ProbedSite {
  origin: string;
  /** Stops answering (the connection is "off") until start() is called again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** Serves `dir` on a free loopback port, with the probe in every HTML page. */
export async function serveWithProbe(dir: string): Promise<ProbedSite> {
  const files = sirv(dir, { dev: true, etag: false });
  const handle = async (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path === probePath) {
      res.setHeader("Content-Type", "text/javascript");
      return res.end(probeScript);
    }
    if (path.endsWith("/") || path.endsWith(".html")) {
      const file = join(dir, normalize(path.endsWith("/") ? `${path}index.html` : path));
      const html = await readFile(file, "utf8").catch(() => null);
      if (html !== null) {
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        return res.end(html.replace("<head>", `<head><script src="${probePath}"></script>`));
      }
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.end("Not found");
    });
  };
  let server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async start() {
      server = createServer((req, res) => void handle(req, res));
      await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    },
  };
}
