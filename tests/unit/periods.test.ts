import { describe, expect, it } from "vitest";
import { backupText, planRestore, readBackup, restoreDone, restoreQuestion } from "../../src/compare/period-backup.ts";
import { previewImport, periodsFromPreview } from "../../src/compare/period-import.ts";
import {
  calculatorLink,
  defaultPeriodName,
  periodFromState,
  periodSchema,
  summarisePeriod,
  type SavedPeriod,
} from "../../src/funnel/period-model.ts";
import { calculatorDefaults, decodeState } from "../../src/funnel/url-state.ts";
import stages from "../../_data/stages.json" with { type: "json" };

const ids = stages.map((s) => s.id);
const defaults = calculatorDefaults(stages);
const october: SavedPeriod = {
  id: "oct",
  name: "October 2026",
  savedAt: "2026-10-31T18:00:00.000Z",
  note: "changed the discovery-call script",
  counts: [1000, 300, 40, 12, 5],
  labels: ["", "Booked a call", "", "", ""],
  targets: [0.5, 0.2, 0.4, 0.25],
  prices: { decision: 90, retention: null, currency: "GBP" },
};
const november: SavedPeriod = {
  ...october,
  id: "nov",
  name: "November 2026",
  savedAt: "2026-11-30T18:00:00.000Z",
  note: "",
  counts: [1200, 330, 52, 15, 6],
};

describe("a saved period", () => {
  it("is named after this month by default", () => {
    expect(defaultPeriodName(new Date("2026-11-15T12:00:00Z"))).toBe("November 2026");
  });

  it("is made from the calculator's state, and bad counts are named instead of saved", () => {
    const state = {
      ...defaults,
      counts: ["1,000", "300", "40", "12", "5"],
      labels: ["", "Booked a call", "", "", ""],
      price: "90",
    };
    const made = periodFromState(state, {
      id: "abc",
      name: "",
      note: " a note ",
      savedAt: new Date("2026-11-30T18:00:00Z"),
    });
    expect(made).toEqual({
      ok: true,
      period: {
        ...october,
        id: "abc",
        name: "November 2026",
        savedAt: "2026-11-30T18:00:00.000Z",
        note: "a note",
        prices: { ...october.prices, paid: "decision", continuing: "retention" },
      },
    });
    const bad = periodFromState(
      { ...state, counts: ["1000", "abc", "", "12", "5"] },
      { id: "abc", name: "x", note: "", savedAt: new Date() },
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems).toEqual([
        expect.stringMatching(/^Booked a call: “abc” is not a number/),
        expect.stringMatching(/^Decision: Enter how many people reached Decision/),
      ]);
  });

  it("opens in the calculator with all its numbers", () => {
    const link = calculatorLink(october);
    const state = decodeState(link.split("?")[1] ?? "", ids, defaults);
    expect(state?.counts).toEqual(["1000", "300", "40", "12", "5"]);
    expect(state?.labels[1]).toBe("Booked a call");
    expect(state?.price).toBe("90");
    expect(state?.paid).toBe("decision");
  });

  it("is summarised with its overall conversion and fix-first step", () => {
    expect(summarisePeriod(october)).toEqual({ overall: 0.005, fixFirst: 1 });
  });
});

describe("backup and restore", () => {
  it("round-trips byte for byte after re-export, whatever order the periods come in", () => {
    const text = backupText([november, october]);
    const restored = readBackup(text);
    expect(restored.ok).toBe(true);
    if (restored.ok) expect(backupText(restored.periods)).toBe(text);
    expect(JSON.parse(text).version).toBe(1);
  });

  it("refuses wrong, truncated and hostile files with a clear message", () => {
    const text = backupText([october, november]);
    const refusals = [
      text.slice(0, text.length / 2),
      "hello",
      JSON.stringify({ version: 2, periods: [] }),
      JSON.stringify({ periods: [october] }),
      JSON.stringify({ version: 1, periods: [{ ...october, counts: [1, 2, 3] }] }),
      JSON.stringify({ version: 1, periods: [october, october] }),
      '{"version":1,"periods":[],"__proto__":{"polluted":true}}',
      `{"version":1,"periods":[${JSON.stringify(october).replace('"id"', '"__proto__":{"polluted":true},"id"')}]}`,
    ].map(readBackup);
    for (const result of refusals) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/Nothing was changed\.$/);
    }
    expect(refusals.map((r) => (r.ok ? "" : r.message))).toMatchObject([
      expect.stringContaining("cut short"),
      expect.stringContaining("cut short"),
      expect.stringContaining("newer version"),
      expect.stringContaining("In version, the value"),
      expect.stringContaining("In period 1, counts, the value is too small or too short"),
      expect.stringContaining("two periods share one id"),
      expect.stringContaining("has a field it does not expect (“__proto__”)"),
      expect.stringContaining("In period 1, the value has a field it does not expect (“__proto__”)"),
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("restores fresh objects, never the parsed ones", () => {
    expect(periodSchema.safeParse({ ...october, extra: 1 }).success).toBe(false);
  });

  it("into an empty browser, simply says how many it restored", () => {
    const plan = planRestore([], [october, november]);
    expect(plan.added.map((p) => p.id)).toEqual(["oct", "nov"]);
    expect(restoreDone(plan)).toBe("Restored 2 periods from the backup.");
  });

  it("names every saved period the backup would overwrite, and says what stays", () => {
    const editedOctober = { ...october, name: "October (new script)", note: "edited here" };
    const december = { ...november, id: "dec", name: "December 2026", savedAt: "2026-12-31T18:00:00.000Z" };
    const secondNovember = { ...november, id: "nov-2", savedAt: "2026-12-01T18:00:00.000Z" };
    const plan = planRestore([editedOctober, november], [october, november, december, secondNovember]);
    expect(plan.replaced).toEqual([{ saved: editedOctober, backup: october }]);
    expect(plan.unchanged).toBe(1);
    expect(plan.added.map((p) => p.id)).toEqual(["dec", "nov-2"]);
    expect(plan.sameName).toBe(1);
    expect(restoreQuestion(plan)).toBe(
      "This backup has 4 periods. Restoring it replaces 1 period saved here with the backup's copy, and the changes made here since are lost: “October 2026” (saved here as “October (new script)”). It also adds 2 new periods. 1 period is already saved here as in the backup. Periods saved here that are not in the backup stay as they are.",
    );
    expect(restoreDone(plan)).toBe(
      "Restored 4 periods from the backup: 2 new here, 1 replacing the one saved here, 1 already saved here, unchanged. 1 period has the name of another period saved here; both are kept.",
    );
  });

  it("lists at most five names, then how many more", () => {
    const saved = Array.from({ length: 7 }, (_, i) => ({ ...october, id: `p${i}`, name: `Month ${i + 1}` }));
    const plan = planRestore(
      saved,
      saved.map((p) => ({ ...p, note: "from the backup" })),
    );
    expect(restoreQuestion(plan)).toContain(
      "lost: “Month 1”, “Month 2”, “Month 3”, “Month 4”, “Month 5” and 2 others.",
    );
  });
});

describe("paste import", () => {
  it("previews each row, names each problem by row and column, and imports only valid rows", () => {
    const text =
      "Period\tAwareness\tConsideration\tDecision\tRetention\tAdvocacy\nSeptember\t900\t280\t35\t10\t4\nOctober\t1000\t300\tabc\t12\t5\nNovember\t1,200\t330\t52\t15\t6\n";
    const preview = previewImport(text);
    expect(preview.hasHeader).toBe(true);
    expect(preview.rows.map((r) => r.valid)).toEqual([true, false, true]);
    expect(preview.rows[1]!.problems).toEqual(["row 3, Decision: 'abc' is not a whole number"]);
    expect(preview.rows[2]!.counts).toEqual([1200, 330, 52, 15, 6]);
    const periods = periodsFromPreview(
      preview,
      new Date("2026-12-01T00:00:00Z"),
      (() => {
        let n = 0;
        return () => `id${n++}`;
      })(),
    );
    expect(periods.map((p) => p.name)).toEqual(["September", "November"]);
    for (const period of periods) expect(periodSchema.safeParse(period).success).toBe(true);
  });

  it("reads comma-separated rows without a header, and names missing and extra columns", () => {
    const preview = previewImport(
      "October,1000,300,40,12,5\n,1,1,1,1,1\nNovember,1200,330,52,15\nDecember,5,4,3,2,1.5\n",
    );
    expect(preview.hasHeader).toBe(false);
    expect(preview.rows.flatMap((r) => r.problems)).toEqual([
      "row 2, name: is empty; give the period a name such as October 2026",
      "row 3: has 5 columns, but needs 6: a name, then Awareness, Consideration, Decision, Retention, Advocacy",
      "row 4, Advocacy: '1.5' is not a whole number",
    ]);
    expect(preview.validCount).toBe(1);
    expect(previewImport("  \n").message).toMatch(/nothing to import/);
  });
});
