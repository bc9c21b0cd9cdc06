// A tab left open across a deploy asks for chunks the new site no longer has. When one fails, the page
// says the site was updated and offers a reload (src/assets/js/load-chunk.ts), instead of a dead button.
import { describe, expect, it } from "vitest";
import { useBrowserAndSite } from "../helpers/browser.ts";

const env = useBrowserAndSite();

describe("a lazy chunk that fails to load", () => {
  it("on the calculator, Download CSV says the site was updated and Reload reloads the page", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/calculator/?awareness=1000&consideration=300&decision=40&retention=12&advocacy=5`);
    await page.waitForSelector("html.js");
    await page.getByTestId("fix-first").waitFor();
    // The deploy: from now on, the CSV writer's chunk is gone.
    await page.route(/\/assets\/js\/chunks\/calculator-csv-[^/]+\.js$/, (route) => route.fulfill({ status: 404 }));
    await page.getByRole("button", { name: "Download CSV" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "This site was updated" });
    await alert.waitFor();
    expect(await alert.innerText()).toContain("Reload the page to carry on.");
    const reload = alert.getByRole("button", { name: "Reload" });
    expect(await reload.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.unroute(/calculator-csv-/);
    await Promise.all([page.waitForEvent("load"), reload.click()]);
    expect(await page.getByRole("alert").filter({ hasText: "This site was updated" }).count()).toBe(0);
    await page.close();
  });
});
