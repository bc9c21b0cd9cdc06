import fc from "fast-check";
import { describe, expect, it } from "vitest";
import stages from "../../_data/stages.json" with { type: "json" };
import { decodeComparisonLink, encodeComparisonLink } from "../../src/compare/comparison-link.ts";

const names = stages.map((s) => s.name);

describe("comparison link", () => {
  it("reads the issue's example link", () => {
    const link = decodeComparisonLink(
      "?before=1000,300,40,12,5&after=1200,330,52,15,6&before_name=October&after_name=November",
      names,
    );
    expect(link).toEqual({
      before: { name: "October", raw: ["1000", "300", "40", "12", "5"] },
      after: { name: "November", raw: ["1200", "330", "52", "15", "6"] },
      beforeCounts: [1000, 300, 40, 12, 5],
      afterCounts: [1200, 330, 52, 15, 6],
      problems: [],
      labels: ["", "", "", "", ""],
    });
  });

  it("is null without before and after, so the page falls back to saved periods", () => {
    expect(decodeComparisonLink("?foo=1", names)).toBeNull();
    expect(decodeComparisonLink("", names)).toBeNull();
  });

  it("names every bad value by period and stage, with the calculator's message", () => {
    const link = decodeComparisonLink("?before=1000,abc,-4,2.5,&after=1,2,3&after_name=%3Cb%3ENov", names)!;
    expect(link.beforeCounts).toBeNull();
    expect(link.afterCounts).toBeNull();
    expect(link.after.name).toBe("bNov");
    expect(link.problems).toHaveLength(5);
    expect(link.problems[0]).toMatch(/^Before \(Before\), Consideration: “abc” is not a number/);
    expect(link.problems[1]).toMatch(/^Before \(Before\), Decision: /);
    expect(link.problems[3]).toMatch(/^Before \(Before\), Advocacy: Enter how many people/);
    expect(link.problems[4]).toBe(
      "After (bNov): the link has 3 counts, but it needs 5, one per stage (Awareness, Consideration, Decision, Retention, Advocacy).",
    );
    expect(decodeComparisonLink("?before=1,1,1,1,1", names)!.problems).toEqual([
      "After (After): the link has no counts. It needs 5, one per stage (Awareness, Consideration, Decision, Retention, Advocacy), separated by commas.",
    ]);
  });

  it("round-trips any counts and names, and never throws on any query", () => {
    const counts = fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 5, maxLength: 5 });
    const name = fc.string({ maxLength: 80 }).filter((s) => /[^\s\u0000-\u001f\u007f<>]/.test(s));
    fc.assert(
      fc.property(counts, counts, name, name, (before, after, beforeName, afterName) => {
        const query = encodeComparisonLink({ name: beforeName, counts: before }, { name: afterName, counts: after });
        const decoded = decodeComparisonLink(`?${query}`, names)!;
        expect(decoded.problems).toEqual([]);
        expect(decoded.beforeCounts).toEqual(before);
        expect(decoded.afterCounts).toEqual(after);
        expect(decoded.before.name.length).toBeLessThanOrEqual(60);
        expect(decoded.before.name).not.toMatch(/[<>\u0000-\u001f]/);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const decoded = decodeComparisonLink(junk, names);
        if (decoded) for (const raw of [...decoded.before.raw, ...decoded.after.raw]) expect(raw).not.toMatch(/[<>]/);
      }),
    );
  });

  it("carries the coach's own stage labels as label_<stage id>, only where they differ from the site's", () => {
    const ids = stages.map((s) => s.id);
    const labels = [...names];
    labels[1] = "Booked a call";
    const query = encodeComparisonLink(
      { name: "October", counts: [1000, 300, 40, 12, 5] },
      { name: "November", counts: [1200, 330, 52, 15, 6] },
      { ids, names, labels },
    );
    expect(query).toContain("label_consideration=Booked+a+call");
    expect(query).not.toContain("label_awareness");
    const decoded = decodeComparisonLink(`?${query}&label_decision=%3Cb%3EPaid`, names, ids)!;
    expect(decoded.labels).toEqual(["", "Booked a call", "bPaid", "", ""]);
  });
});
