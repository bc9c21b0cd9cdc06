// Every sentence the calculator can write, read for template artifacts, across the seed example and
// a dozen edge cases; plus the wording rules of issue 14 (plurals, points, defaults, kept labels).
import { describe, expect, it } from "vitest";
import { buildView, stageAdvice, type CalculatorView, type StageInfo } from "../../src/calculator/calculator-view.ts";
import { buildExtras } from "../../src/calculator/calculator-extras.ts";
import { calculatorDefaults, type CalculatorState } from "../../src/funnel/url-state.ts";
import stages from "../../_data/stages.json" with { type: "json" };

const stateFor = (
  list: readonly StageInfo[],
  counts: string[],
  extra: Partial<CalculatorState> = {},
): CalculatorState => ({
  ...calculatorDefaults(list),
  counts,
  ...extra,
});
const view = (counts: string[], extra: Partial<CalculatorState> = {}) =>
  buildView(stateFor(stages, counts, extra), stages);

/** Every string in the view, wherever it sits. */
function sentences(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => sentences(item, out));
  else if (value && typeof value === "object")
    Object.entries(value).forEach(([key, item]) => key !== "analysis" && sentences(item, out));
  return out;
}

const eightStages: StageInfo[] = Array.from({ length: 8 }, (_, i) => ({
  ...stages[Math.min(i, 4)]!,
  id: `stage-${i}`,
  name: `Stage ${i + 1}`,
  targetRate: i === 0 ? null : 0.6,
}));
const cases: [string, CalculatorView][] = [
  ["the seed example", view(["1000", "300", "40", "12", "5"])],
  ["the seed example with prices", view(["1000", "300", "40", "12", "5"], { price: "£90", value: "900" })],
  ["a blocked middle step", view(["1000", "300", "0", "0", "0"])],
  ["a blocked last step", view(["100", "60", "30", "20", "0"])],
  ["every step on target", view(["100", "60", "30", "20", "10"])],
  ["every step increasing", view(["100", "200", "300", "400", "500"])],
  ["awareness 0 with people later", view(["0", "300", "40", "12", "5"])],
  ["all zeros", view(["0", "0", "0", "0", "0"])],
  ["one person everywhere", view(["1", "1", "1", "1", "0"])],
  ["tiny numbers (may be below)", view(["10", "3", "1", "1", "1"])],
  [
    "own labels starting with vowels",
    view(["1000", "300", "40", "12", "5"], {
      labels: ["Opened the email", "Asked a question", "Booked", "Upgraded", "Introduced a friend"],
    }),
  ],
  [
    "labels with markup and emoji",
    view(["1000", "300", "40", "12", "5"], { labels: ["<3 sessions", "🙂 replied", "Booked “intro”", "", ""] }),
  ],
  ["money only after the last priced stage", view(["1000", "600", "300", "150", "1"], { price: "100", value: "500" })],
  [
    "a goal and a what-if",
    buildView(stateFor(stages, ["1000", "300", "40", "12", "5"], { goal: "1" }), stages, {
      whatIf: { step: 2, rate: 0.5 },
    }),
  ],
  ["three stages", buildView(stateFor(stages.slice(0, 3), ["100", "30", "1"]), stages.slice(0, 3))],
  [
    "eight stages",
    buildView(stateFor(eightStages, ["1000", "800", "600", "400", "300", "200", "100", "10"]), eightStages),
  ],
  [
    "bad input everywhere",
    view(["1.000", "1,5", "£90", "-3", "1e3"], {
      targets: ["17,3", "abc", "0", "101"],
      price: "$90",
      goal: "2.5",
    }),
  ],
];

describe("every card the ranking can produce reads like a person wrote it", () => {
  it.each(cases)("%s", (_, result) => {
    for (const text of [...sentences(result), ...sentences(buildExtras(result))]) {
      expect(text).not.toMatch(/\bundefined\b|\bNaN\b|Infinity|\bnull\b|\[object/);
      expect(text).not.toMatch(/\b(a|an) (a|an)\b/i);
      expect(text).not.toMatch(/(^|[^\d.,])1 (more )?(people|clients|problems)\b/);
      expect(text).not.toMatch(/about 0 /);
      expect(text).not.toMatch(/ {2}| [.,:;]|\.\./);
      expect(text).not.toMatch(/Try one of these first:$/);
    }
  });

  it("the last step never says that nothing after it can work", () => {
    const card = view(["100", "60", "30", "20", "0"]).fixFirst;
    expect(card?.step).toBe("4");
    expect(sentences(card).join(" ")).not.toMatch(/after it|stages after/);
  });

  it("says 1 person, not 1 people, and less than one more person rather than about 0 people", () => {
    const card = view(["100", "60", "30", "20", "1"]).fixFirst;
    expect(card?.reason).toContain("1 of 20");
    const blocked = view(["100", "60", "30", "1", "0"], { targets: ["50", "40", "2", "25"] }).fixFirst;
    expect(blocked?.reason).toMatch(/^1 person reached “Retention”/);
    expect(blocked?.gain).toContain("less than one person would reach “Advocacy”");
  });

  it("uses the right article for the problem type", () => {
    const advice = (v: CalculatorView) => stageAdvice(stages.find((s) => s.id === v.fixFirst?.adviceStage)!).problem;
    expect(advice(view(["1000", "600", "300", "150", "1"]))).toMatch(/^This is an advocacy problem\./);
    expect(advice(view(["1000", "300", "40", "12", "5"]))).toMatch(/^This is a reach problem\./);
    expect(advice(view(["1000", "500", "40", "12", "5"]))).toMatch(/^This is a commitment problem\./);
  });
});

describe("what the card says about evidence, money and the runner-up", () => {
  it("says plainly when the numbers are too small to be sure, and names the runner-up", () => {
    const card = view(["1000", "450", "90", "40", "16"], { targets: ["50", "20", "50", "40"] });
    expect(card.fixFirst?.step).toBe("1");
    const small = view(["20", "6", "5", "4", "4"], { targets: ["50", "50", "50", "50"] }).fixFirst;
    expect(small?.step).toBe("1");
    expect(small?.caution).toBe("The numbers are too small to be sure this step is below target.");
    const withRunnerUp = view(["20", "8", "2", "2", "2"], { targets: ["50", "50", "50", "50"] }).fixFirst;
    expect(withRunnerUp?.caution).toMatch(
      /^The numbers are too small to be sure this step is below target\. The runner-up, .+ → .+, is the next place to look\.$/,
    );
  });

  it("without prices, says in one sentence how the steps were ranked", () => {
    expect(view(["1000", "300", "40", "12", "5"]).fixFirst?.valueNote).toBe(
      "Ranked by how much each fix grows the end of the journey, as no prices are given. Add prices under “Money” to rank by revenue.",
    );
  });

  it("with prices, says what the fix is worth; a fix worth no money says why", () => {
    expect(view(["1000", "300", "40", "12", "5"], { price: "90", value: "900" }).fixFirst?.gain).toMatch(
      /worth about £\d[\d,]* more/,
    );
    const noMoney = view(["1000", "600", "300", "150", "1"], { price: "100", value: "500" }).fixFirst;
    expect(noMoney?.step).toBe("4");
    expect(noMoney?.valueNote).toContain(
      "At your prices this fix adds no money: “Advocacy” comes after “Retention”, the last stage with a price.",
    );
  });

  it("shows the gap in points and marks default targets and the coach's own", () => {
    const result = view(["1000", "300", "40", "12", "5"], { targets: ["55", "20", "40", "25"] });
    expect(result.rows[0]?.gapText).toBe("25.0 points below");
    expect(result.rows[0]?.targetText).toBe("55.0% (yours)");
    expect(result.rows[1]?.targetText).toBe("20.0% (assumed)");
    expect(result.inputs.targetIsDefault).toEqual([false, true, true, true]);
    expect(buildExtras(result).assumptions[0]).toBe("Targets: 3 defaults and 1 of your own (the table marks which).");
  });
});

describe("labels and errors", () => {
  it('keeps "<3 sessions" as typed; a name over 60 characters gets a message, not a cut', () => {
    const kept = view(["1000", "300", "40", "12", "5"], { labels: ["<3 sessions", "", "", "", ""] });
    expect(kept.rows[0]?.title).toBe("<3 sessions → Consideration");
    const long = view(["1000", "300", "40", "12", "5"], { labels: ["🙂".repeat(61), "", "", "", ""] });
    expect(long.labelMessages[0]).toBe("This name has 61 characters; keep it to 60 or fewer.");
    expect(long.errorSummary[0]).toEqual({
      fieldId: "label-0",
      text: "Stage 1 name: This name has 61 characters; keep it to 60 or fewer.",
    });
  });

  it("lists every problem with a link to its field, and opens the collapsed section that holds one", () => {
    const result = view(["1000", "300", "x", "12", "5"], {
      targets: ["50", "abc", "50", "40"],
      price: "$5",
      goal: "-1",
    });
    expect(result.errorSummary.map((e) => e.fieldId)).toEqual(["count-2", "target-1", "money-price", "goal-input"]);
    expect(result.openSections).toEqual({ targets: true, money: true });
    expect(view(["1000", "300", "40", "12", "5"]).openSections).toEqual({ targets: false, money: false });
  });

  it("awareness 0 gets its message on the awareness field and a card with no answer", () => {
    const result = view(["0", "300", "40", "12", "5"]);
    expect(result.countMessages[0]).toBe(
      "Nobody at “Awareness”, but 300 people at “Consideration”. Everyone starts at “Awareness”: enter how many people reached it in the same period.",
    );
    expect(result.countMessageKinds[0]).toBe("error");
    expect(result.fixFirst?.step).toBe("none");
  });

  it("counts that rise are never called healthy: the step says so, the overall line can't be trusted", () => {
    const result = view(["100", "200", "300", "400", "500"]);
    expect(result.fixFirst?.step).toBe("none");
    expect(result.fixFirst?.heading).toBe("No answer: the counts don't add up");
    expect(result.rows[0]?.rateText).toBe("200.0%");
    expect(result.rows[0]?.statusText).toBe("Over 100%: check periods");
    expect(result.countMessages[1]).toContain("look like they come from different periods");
    expect(result.overallNote).toMatch(/^Can't be trusted/);
  });
});

describe("sentences read well with any label the coach types (issue 33)", () => {
  const awkward = ["Saw my Instagram posts", "Read the guide", "<3 sessions", "Became a client", "Referred someone"];
  // Quoted, part of a step's title ("A → B"), or a field's name before a colon in the error summary.
  const isQuotedOrTitle = (text: string, label: string, at: number) =>
    text[at - 1] === "“" ||
    ((at === 0 || text.slice(at - 2, at) === ". ") && text[at + label.length] === ":") ||
    text.slice(at - 2, at) === "→ " ||
    text.slice(at + label.length, at + label.length + 2) === " →";

  it.each([
    ["the therapist's month", ["2400", "180", "22", "9", "3"]],
    ["a blocked step", ["1000", "300", "40", "12", "0"]],
    ["a rising count", ["100", "150", "20", "10", "4"]],
    ["nobody at the start", ["0", "300", "40", "12", "5"]],
    ["every step on target", ["1000", "600", "300", "150", "50"]],
    ["small numbers", ["20", "12", "3", "1", "0"]],
  ])("%s: a label inside a sentence is always in quotation marks", (_, counts) => {
    const result = view(counts, { labels: awkward, goal: "10" });
    const { rows, labels: _labels, chart: _chart, fixFirst, ...rest } = result;
    const { heading: _heading, ...card } = fixFirst ?? {};
    const texts = [
      ...sentences(rest),
      ...sentences(card),
      ...rows.map((row) => row.caution),
      ...sentences({ ...buildExtras(result), chartSummary: "" }),
    ];
    for (const text of texts)
      for (const label of awkward) {
        for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1))
          expect(isQuotedOrTitle(text, label, at), `${label} in: ${text}`).toBe(true);
      }
  });

  it("the first step's advice is about reach; a later step takes the advice of the stage it leads into", () => {
    expect(view(["2400", "180", "22", "9", "3"], { labels: awkward }).fixFirst?.adviceStage).toBe("awareness");
    expect(view(["1000", "500", "40", "12", "5"], { labels: awkward }).fixFirst?.adviceStage).toBe("decision");
  });
});
