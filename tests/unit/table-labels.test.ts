import markdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { labelTableCells } from "../../src/content/table-labels.ts";

describe("labelTableCells", () => {
  it("labels every body cell with its column header, per table", () => {
    const md = markdownIt();
    md.core.ruler.push("table_labels", labelTableCells as never);
    const html = md.render(
      "| Stage | **People** |\n|---|---|\n| Awareness | 1,000 |\n\n| A | B |\n|---|---|\n| x | y |\n",
    );
    expect(html).toContain('<td data-label="Stage">Awareness</td>');
    expect(html).toContain('<td data-label="People">1,000</td>');
    expect(html).toContain('<td data-label="B">y</td>');
  });
});
