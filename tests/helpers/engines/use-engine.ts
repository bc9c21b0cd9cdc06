// One engine and one probed server over the built site for a describe block: started before its
// tests, closed after them. Read `session` and `site` inside tests, once the hooks have run.
import { afterAll, beforeAll } from "vitest";
import { builtSite } from "../paths.ts";
import type { EngineSession } from "./engine-session.ts";
import { serveWithProbe, type ProbedSite } from "./problem-probe.ts";

export type OpenEngine = () => Promise<{ session: (origin: string) => Promise<EngineSession>; quit(): Promise<void> }>;

export function useEngine(open: OpenEngine): { readonly session: EngineSession; readonly site: ProbedSite } {
  let site: ProbedSite | undefined;
  let session: EngineSession | undefined;
  let quit: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    site = await serveWithProbe(builtSite);
    const browser = await open();
    quit = () => browser.quit();
    session = await browser.session(site.origin);
  });
  afterAll(async () => {
    await session?.close();
    await quit();
    await site?.stop().catch(() => undefined); // a test may have stopped it already
  });
  return {
    get session() {
      if (!session) throw new Error("The engine starts in beforeAll; use it inside a test.");
      return session;
    },
    get site() {
      if (!site) throw new Error("The site is served in beforeAll; use it inside a test.");
      return site;
    },
  };
}
