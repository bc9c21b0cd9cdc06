// Gate 2: axe-core's WCAG 2.2 A and AA rules, run inside the page.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** Evaluated through DevTools rather than a <script> tag, so the page's own CSP stays strict. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string; help: string; helpUrl: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
  return violations;
}

export const formatAxeFinding = (url: string, f: AxeFinding): string =>
  `${url}: [${f.rule}] (${f.impact}) ${f.help} at ${f.targets.slice(0, 3).join(", ")} — ${f.helpUrl}`;
