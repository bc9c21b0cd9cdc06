// Item 2 of issue 16: under `npm start`, an edit to _data/stages.json reaches the pages, including
// what build-time TypeScript computes from the stages (the calculator's worked example), so Node's
// module cache does not keep the first version.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySiteSources } from "../helpers/site-copy.ts";
import { startWatchServer, type WatchServer } from "../helpers/watch-server.ts";

let site: { dir: string; remove: () => void };
let server: WatchServer | undefined;
beforeAll(() => {
  site = copySiteSources("atlas-watch-", { withConfig: true });
});
afterAll(() => {
  server?.stop();
  site.remove();
});

const page = async (url: string): Promise<string> => (await fetch(url)).text();

describe("npm start", () => {
  it("shows a renamed stage on the home page and in the worked example after stages.json is saved", async () => {
    server = await startWatchServer(site.dir);
    await server.waitFor(/\[search\] indexed \d+ pages/);
    // The index can be written before the dev server listens: wait for the server's own line too.
    await server.waitFor(/Server at/);
    expect(await page(`${server.url}/`)).toContain(">Consideration</a>");
    expect(await page(`${server.url}/calculator/`)).toContain("This is a trust problem.");

    const stagesFile = join(site.dir, "_data/stages.json");
    const stages = JSON.parse(readFileSync(stagesFile, "utf8")) as { id: string; name: string; problemType: string }[];
    const consideration = stages.find((stage) => stage.id === "consideration")!;
    consideration.name = "Weighing it up";
    consideration.problemType = "confidence";
    const before = server.output().length;
    writeFileSync(stagesFile, JSON.stringify(stages, null, 2));
    await server.waitFor(/\[search\] indexed \d+ pages/, before);

    const home = await page(`${server.url}/`);
    expect(home).toContain(">Weighing it up</a>");
    expect(home).not.toContain(">Consideration</a>");
    // The worked example is computed by src/_config/calculator-example.ts from its own import of stages.json.
    expect(await page(`${server.url}/calculator/`)).toContain("This is a confidence problem.");
  });
});
