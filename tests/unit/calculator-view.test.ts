import { describe, expect, it } from "vitest";
import { buildView, stageAdvice } from "../../src/calculator/calculator-view.ts";
import { csvCell } from "../../src/funnel/csv-cell.ts";
import { resultsCsv } from "../../src/calculator/csv.ts";
import { calculatorDefaults } from "../../src/funnel/url-state.ts";
import stages from "../../_data/stages.json" with { type: "json" };

const defaults = calculatorDefaults(stages);
const withCounts = (counts: string[]) => ({ ...defaults, counts });

describe("buildView", () => {
  it("explains the worked example in words: step, rates, gain, problem type, fixes and guide", () => {
    const view = buildView(withCounts(["1000", "300", "40", "12", "5"]), stages);
    expect(view.rows.map((r) => [r.lostText, r.dropText])).toEqual([
      ["700", "70.0%"],
      ["260", "86.7%"],
      ["28", "70.0%"],
      ["7", "58.3%"],
    ]);
    expect(view.overallText).toBe("0.5%");
    expect(view.fixFirst?.heading).toBe("Fix first: Awareness → Consideration");
    expect(view.fixFirst?.reason).toBe(
      "30.0% of the people at “Awareness” went on to “Consideration” (300 of 1,000), against a target of 50.0%: 20.0 points below.",
    );
    expect(view.fixFirst?.evidence).toBe(
      "Even the top of its likely range (27.2–32.9%) is under the target, so this is more than chance.",
    );
    // Counted where clients continue (12 × 0.5 / 0.3 = 20), never in referrals.
    expect(view.fixFirst?.gain).toBe(
      "Reaching the assumed target would bring about 8 more continuing clients to “Retention” (12 now), if nothing else changes.",
    );
    expect(view.fixFirst?.runnerUpText).toMatch(
      /^Runner-up: Consideration → Decision, because reaching its target grows the end of the journey less \(×1\.\d\d against ×1\.67\)\.$/,
    );
    // The first step's advice is the first stage's, about reach: its people may be an audience you cannot contact.
    expect(view.fixFirst?.adviceStage).toBe("awareness");
    const advice = stageAdvice(stages[0]!);
    expect(advice.problem).toMatch(/^This is a reach problem\./);
    expect(advice.fixes).toHaveLength(3);
    expect(advice.guideUrl).toBe("/guides/awareness/");
    expect(view.rows[3]?.caution).toBe("Only 12 people at “Retention”: treat this rate as a hint.");
    expect(view.rows[0]?.intervalText).toBe("27.2–32.9%");
    expect(view.rows[0]?.gapText).toBe("20.0 points below");
  });

  it("uses the person's own labels everywhere", () => {
    const view = buildView(
      { ...withCounts(["1000", "300", "40", "12", "5"]), labels: ["Watched workshop replay", "", "", "", ""] },
      stages,
    );
    expect(view.rows[0]?.title).toBe("Watched workshop replay → Consideration");
  });

  it("keeps what was typed and shows a message instead of NaN", () => {
    const view = buildView(withCounts(["1000", "abc", "", "-3", "2.5"]), stages);
    expect(view.ready).toBe(false);
    expect(view.countMessages.filter(Boolean)).toHaveLength(4);
    expect(JSON.stringify(view)).not.toMatch(/NaN|Infinity|undefined/);
  });

  it("a form with no counts yet waits without an error on every field; one count typed shows what the rest need", () => {
    const waiting = buildView(defaults, stages);
    expect(waiting.ready).toBe(false);
    expect(waiting.countMessages).toEqual(["", "", "", "", ""]);
    expect(waiting.countMessageKinds).toEqual(["", "", "", "", ""]);
    expect(waiting.notice).toBe(
      "Type how many people reached each stage, or load the example, to see where they drop off.",
    );

    const started = buildView(withCounts(["1000", "", "", "", ""]), stages);
    expect(started.countMessages.slice(1)).toEqual(
      ["Consideration", "Decision", "Retention", "Advocacy"].map(
        (name) => `Enter how many people reached ${name}. Use 0 if nobody did.`,
      ),
    );
    expect(started.countMessageKinds).toEqual(["", "error", "error", "error", "error"]);
    expect(started.notice).toContain("Fix the highlighted fields");
  });

  it("a bad target is flagged even before any count is typed", () => {
    const view = buildView({ ...defaults, targets: ["abc", ...defaults.targets.slice(1)] }, stages);
    expect(view.targetMessages[0]).toContain("is not a percentage");
    expect(view.notice).toContain("Fix the highlighted fields");
  });

  it("warns next to the field when a later stage is larger", () => {
    const view = buildView(withCounts(["100", "150", "20", "10", "4"]), stages);
    expect(view.countMessageKinds[1]).toBe("warning");
    expect(view.countMessages[1]).toContain("More people at “Consideration” (150) than at “Awareness” (100)");
    expect(view.rows[0]?.rateText).toBe("150.0%");
  });

  it("all zeros gives no answer, and a card that says why (never a blank card)", () => {
    const view = buildView(withCounts(["0", "0", "0", "0", "0"]), stages);
    expect(view.fixFirst?.step).toBe("none");
    expect(view.fixFirst?.reason).toContain("All the counts are zero");
    expect(view.fixFirst?.adviceStage).toBe("");
  });
});

describe("CSV export", () => {
  it("has a header, four steps and the summary", () => {
    const csv = resultsCsv(buildView(withCounts(["1000", "300", "40", "12", "5"]), stages));
    const lines = csv.trim().split("\r\n"); // trim() also drops the byte-order mark
    expect(csv.startsWith("\uFEFF")).toBe(true); // Excel reads UTF-8 only with the byte-order mark
    expect(lines[0]).toBe(
      "Step,People at start,People at end,Rate %,Likely range low %,Likely range high %,Drop %,People lost,Target %,Status",
    );
    expect(lines[1]).toBe("Awareness → Consideration,1000,300,30,27.2,32.9,70,700,50,Clearly below target: fix first");
    expect(csv).toContain("Overall conversion %,0.5");
  });

  it("quotes commas and defuses formulas", () => {
    expect(csvCell('Said "yes", booked')).toBe('"Said ""yes"", booked"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
  });
});
