import fc from "fast-check";
import { describe, expect, it } from "vitest";
import stages from "../../_data/stages.json" with { type: "json" };
import { calculatorRates } from "../../src/map/map-calculator-rates.ts";
import { curveOf } from "../../src/map/map-curve.ts";
import { exampleMap } from "../../src/map/map-example.ts";
import { mapCsv, mapMermaid, mermaidText } from "../../src/map/map-export.ts";
import { readMapFile } from "../../src/map/map-file.ts";
import { gapOf, gapSize } from "../../src/map/map-gap.ts";
import { ruleSentence, starterRule } from "../../src/map/map-interventions.ts";
import { parseAnyVersion } from "../../src/map/map-migrate.ts";
import {
  addItem,
  auditOf,
  createMap,
  editItem,
  isEmptyMap,
  itemLanes,
  moveItem,
  parseMap,
  removeItem,
  setEmotion,
  setVerdict,
  startIdeal,
  verdicts,
  type ItemLane,
  type JourneyMap,
} from "../../src/map/map-model.ts";

const stageIds = stages.map((stage) => stage.id);
const now = "2026-11-30T09:00:00.000Z";
const options = { stageIds, newId: "fresh-id", now };
const blank = (): JourneyMap => createMap({ id: "map-1", name: "Test", now, stageIds });

/** Any map the operations can produce: random items in random lanes, scores and verdicts. */
const arbitraryMap = fc
  .array(
    fc.record({
      stage: fc.constantFrom(...stageIds),
      lane: fc.constantFrom(...itemLanes),
      text: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ""),
      verdict: fc.option(fc.constantFrom(...verdicts), { nil: null }),
    }),
    { maxLength: 30 },
  )
  .chain((items) =>
    fc.tuple(
      fc.constant(items),
      fc.array(fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }), { minLength: 5, maxLength: 5 }),
      fc.boolean(),
    ),
  )
  .map(([items, scores, ideal]) => {
    let map = blank();
    items.forEach((item, i) => {
      map = addItem(map, "current", item.stage, item.lane, `id-${i}`, item.text);
      if (item.lane === "touchpoints") map = setVerdict(map, "current", item.stage, `id-${i}`, item.verdict);
    });
    scores.forEach((score, i) => (map = setEmotion(map, "current", stageIds[i] ?? "", score)));
    return ideal ? startIdeal(map) : map;
  });

describe("map model: operations", () => {
  it("adds, edits, reorders and removes items without touching the map it was given", () => {
    const start = blank();
    let map = addItem(start, "current", "awareness", "touchpoints", "a", "Podcast guest spot");
    map = addItem(map, "current", "awareness", "touchpoints", "b", "Library talk");
    map = editItem(map, "current", "awareness", "touchpoints", "a", "Podcast interview");
    map = moveItem(map, "current", "awareness", "touchpoints", "b", -1);
    expect(map.current.stages[0]?.touchpoints.map((item) => item.text)).toEqual(["Library talk", "Podcast interview"]);
    map = removeItem(map, "current", "awareness", "touchpoints", "b");
    expect(map.current.stages[0]?.touchpoints).toEqual([{ id: "a", text: "Podcast interview", verdict: null }]);
    expect(start.current.stages[0]?.touchpoints).toEqual([]);
  });

  it("ignores empty text, moves past either end and scores outside −2…+2", () => {
    const map = blank();
    expect(addItem(map, "current", "awareness", "actions", "a", "   ")).toBe(map);
    const one = addItem(map, "current", "awareness", "actions", "a", "Reads a post");
    expect(moveItem(one, "current", "awareness", "actions", "a", -1)).toEqual(one);
    expect(setEmotion(one, "current", "awareness", 3)).toBe(one);
    expect(setEmotion(one, "current", "awareness", 1.5)).toBe(one);
  });

  it("reordering keeps every item exactly once", () => {
    fc.assert(
      fc.property(
        arbitraryMap,
        fc.integer({ min: 0, max: 29 }),
        fc.integer({ min: -3, max: 3 }),
        (map, pick, offset) => {
          const stage = map.current.stages.find((entry) => entry.actions.length > 0);
          if (!stage) return;
          const id = stage.actions[pick % stage.actions.length]?.id ?? "";
          const moved = moveItem(map, "current", stage.stage, "actions", id, offset);
          const after = moved.current.stages.find((entry) => entry.stage === stage.stage)?.actions ?? [];
          expect([...after].map((item) => item.id).sort()).toEqual([...stage.actions].map((item) => item.id).sort());
        },
      ),
    );
  });

  it("groups touchpoints by verdict and lists the add lane", () => {
    let map = addItem(blank(), "current", "decision", "touchpoints", "t1", "Booking page");
    map = addItem(map, "current", "decision", "touchpoints", "t2", "PDF intake form");
    map = addItem(map, "current", "retention", "add", "n1", "Check-in after a missed session");
    map = setVerdict(map, "current", "decision", "t2", "eliminate");
    const audit = auditOf(map.current);
    expect(audit.groups.eliminate).toEqual([{ stage: "decision", id: "t2", text: "PDF intake form" }]);
    expect(audit.groups.undecided.map((entry) => entry.text)).toEqual(["Booking page"]);
    expect(audit.toAdd.map((entry) => entry.text)).toEqual(["Check-in after a missed session"]);
    expect(isEmptyMap(blank())).toBe(true);
    expect(isEmptyMap(map)).toBe(false);
  });
});

describe("map model: schema and files", () => {
  it("round-trips any map through JSON unchanged", () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const result = parseMap(JSON.parse(JSON.stringify(map)), options);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.map).toEqual(map);
      }),
    );
  });

  it("puts stages in stages.json order, fills a missing one and drops an unknown one", () => {
    const map = blank();
    const shuffled = {
      ...map,
      current: {
        stages: [...map.current.stages.slice(1).reverse(), { ...map.current.stages[0]!, stage: "onboarding" }],
      },
    };
    const result = parseMap(shuffled, options);
    expect(result.ok && result.map.current.stages.map((stage) => stage.stage)).toEqual(stageIds);
  });

  it("rejects bad values and names where they are", () => {
    const map = addItem(blank(), "current", "awareness", "touchpoints", "a", "Talk");
    const bad = JSON.parse(JSON.stringify(map));
    bad.current.stages[0].touchpoints[0].verdict = "maybe";
    const result = readMapFile("bad.json", JSON.stringify(bad), options);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain("“bad.json”");
      expect(result.message).toContain("the current map, stage 1, touchpoints, item 1, the verdict");
      expect(result.message).toContain("keep, enhance, automate, eliminate");
    }
    expect(readMapFile("x.json", "{not json", options)).toMatchObject({
      ok: false,
      message: expect.stringContaining("not JSON"),
    });
    expect(readMapFile("x.json", "[]", options)).toMatchObject({ ok: false });
    expect(readMapFile("x.json", JSON.stringify({ ...map, version: 9 }), options)).toMatchObject({
      ok: false,
      message: expect.stringContaining("newer worksheet"),
    });
    const long = { ...map, name: "x".repeat(81) };
    expect(readMapFile("x.json", JSON.stringify(long), options)).toMatchObject({
      ok: false,
      message: expect.stringContaining("the map's name is too long"),
    });
  });

  it("never copies a __proto__ key from a file onto anything", () => {
    const text = JSON.stringify(blank())
      .replace('{"version"', '{"__proto__":{"polluted":1},"version"')
      .replace('"touchpoints":[]', '"touchpoints":[],"__proto__":{"polluted":2}');
    const result = readMapFile("hostile.json", text, options);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.getPrototypeOf(result.map)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(result.map.current.stages[0])).toBe(Object.prototype);
      expect(Object.hasOwn(result.map, "__proto__")).toBe(false);
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(readMapFile("hostile.json", '{"__proto__": {"polluted": 1}}', options).ok).toBe(false);
  });

  it("rejects two items with the same id", () => {
    let map = addItem(blank(), "current", "awareness", "actions", "same", "One");
    map = addItem(map, "current", "decision", "actions", "same", "Two");
    expect(parseMap(map, options)).toMatchObject({ ok: false });
  });

  it("migrates a version 1 file (plain strings, stages keyed by id) instead of refusing it", () => {
    const old = {
      version: 1,
      name: "Old map",
      savedAt: "2025-06-01T10:00:00.000Z",
      current: {
        awareness: { touchpoints: ["Flyer"], actions: ["Reads it"], emotion: 1 },
        retention: { painPoints: ["Missed sessions"] },
      },
      ideal: { awareness: { touchpoints: ["Flyer with a QR code"], emotion: 2 } },
      interventions: [{ stage: "retention", signal: "two missed sessions", action: "call", within: "a day" }],
      __proto__: { polluted: true },
    };
    const result = parseAnyVersion(JSON.parse(JSON.stringify(old)), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.map.version).toBe(2);
    expect(result.map.id).toBe("fresh-id");
    expect(result.map.updatedAt).toBe("2025-06-01T10:00:00.000Z");
    expect(result.map.current.stages.map((stage) => stage.stage)).toEqual(stageIds);
    expect(result.map.current.stages[0]?.touchpoints).toEqual([
      { id: "awareness-touchpoints-1", text: "Flyer", verdict: null },
    ]);
    expect(result.map.current.stages[3]?.painPoints).toEqual([
      { id: "retention-painPoints-1", text: "Missed sessions" },
    ]);
    expect(result.map.interventions).toEqual([
      { id: "rule-1", stage: "retention", signal: "two missed sessions", action: "call", within: "a day" },
    ]);
    // The migrated map is a valid current-format map: it survives its own schema.
    expect(parseMap(JSON.parse(JSON.stringify(result.map)), options)).toMatchObject({ ok: true });
    // Same place in current and ideal, same id: the gap reads it as a change.
    const gap = gapOf(result.map.current, result.map.ideal!);
    expect(gap[0]?.lanes[0]?.changed).toEqual([{ from: "Flyer", to: "Flyer with a QR code" }]);
  });

  it("a broken version 1 file is refused with a message", () => {
    expect(
      readMapFile(
        "old.json",
        JSON.stringify({ version: 1, current: { awareness: { touchpoints: "Flyer" } } }),
        options,
      ),
    ).toMatchObject({ ok: false });
  });
});

describe("gap between current and ideal", () => {
  it("lists what is added, removed and changed, per stage and lane, and score changes", () => {
    let map = addItem(blank(), "current", "decision", "touchpoints", "t1", "Booking by email");
    map = addItem(map, "current", "decision", "touchpoints", "t2", "PDF form");
    map = setEmotion(map, "current", "decision", -1);
    map = startIdeal(map);
    expect(gapSize(gapOf(map.current, map.ideal!))).toBe(0);
    map = editItem(map, "ideal", "decision", "touchpoints", "t1", "Online booking");
    map = removeItem(map, "ideal", "decision", "touchpoints", "t2");
    map = addItem(map, "ideal", "decision", "painPoints", "p1", "None left");
    map = setEmotion(map, "ideal", "decision", 1);
    const decision = gapOf(map.current, map.ideal!)[2]!;
    expect(decision.emotion).toEqual({ from: -1, to: 1 });
    expect(decision.lanes).toEqual([
      {
        lane: "touchpoints",
        added: [],
        removed: ["PDF form"],
        changed: [{ from: "Booking by email", to: "Online booking" }],
      },
      { lane: "painPoints", added: ["None left"], removed: [], changed: [] },
    ]);
    expect(gapSize(gapOf(map.current, map.ideal!))).toBe(4);
  });

  it("an ideal copied from the current map has no gap, whatever the map", () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        expect(gapSize(gapOf(map.current, startIdeal(map).ideal!))).toBe(0);
      }),
    );
  });
});

describe("exports", () => {
  it("CSV has one row per stage × lane item, both versions, and defuses formulas", () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const lines = mapCsv(map, stages).trimEnd().split("\r\n");
        const items = (v: JourneyMap["current"] | null) =>
          v ? v.stages.reduce((n, s) => n + itemLanes.reduce((m, lane: ItemLane) => m + s[lane].length, 0), 0) : 0;
        // A quoted cell may hold a line break, so count records by parsing, not by splitting lines.
        const records = mapCsv(map, stages).match(/(?:^|\r\n)(Current|Ideal),/g) ?? [];
        expect(records.length).toBe(items(map.current) + items(map.ideal));
        // A byte-order mark first, so Excel reads accented or emoji labels as UTF-8.
        expect(lines[0]).toBe("\uFEFFVersion,Stage,Lane,Position,Text,Verdict,Stage emotion (-2 to +2)");
      }),
    );
    let map = addItem(blank(), "current", "awareness", "touchpoints", "a", '=HYPERLINK("x")');
    map = setVerdict(map, "current", "awareness", "a", "keep");
    map = setEmotion(map, "current", "awareness", -1);
    expect(mapCsv(map, stages).split("\r\n")[1]).toBe(`Current,Awareness,Touchpoints,1,"'=HYPERLINK(""x"")",Keep,-1`);
  });

  it("Mermaid: a journey with one section per stage and whole scores emotion + 3", () => {
    const map = exampleMap("ex", now);
    const text = mapMermaid(map.name, map.current, stages);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("journey");
    expect(lines[1]).toBe("  title Harbour Room Counselling (example)");
    expect(lines.filter((line) => line.startsWith("  section ")).map((line) => line.slice(10))).toEqual(
      stages.map((stage) => stage.name),
    );
    expect(lines).toContain("    Profile on a counselling directory: 2: Client");
    expect(lines).toContain("    Planned ending session: 5: Client");
  });

  it("Mermaid: an unscored stage gets the middle score and a section that says it is not scored", () => {
    const map = exampleMap("ex", now);
    const first = map.current.stages[0]!;
    const unscored = { stages: [{ ...first, emotion: null }, ...map.current.stages.slice(1)] };
    const lines = mapMermaid(map.name, unscored, stages).split("\n");
    expect(lines).toContain(`  section ${stages[0]!.name} (not scored)`);
    expect(lines).toContain("    Profile on a counselling directory: 3: Client");
    expect(lines).toContain(`  section ${stages[1]!.name}`);
  });

  it("Mermaid output always matches the journey grammar, whatever was typed", () => {
    const task = /^ {4}[^#:\n;]+: [1-5]: Client$/;
    fc.assert(
      fc.property(arbitraryMap, fc.string(), (map, title) => {
        const lines = mapMermaid(title, map.current, stages).trimEnd().split("\n");
        expect(lines[0]).toBe("journey");
        expect(lines[1]).toMatch(/^ {2}title [^#\n;]+$/);
        for (const line of lines.slice(2))
          expect(line.startsWith("  section ") ? /^ {2}section [^#:\n;]+$/.test(line) : task.test(line)).toBe(true);
        expect(lines.filter((line) => line.startsWith("  section ")).length).toBe(stages.length);
      }),
    );
    expect(mermaidText("Call: 10 min; #1\nfollow-up")).toBe("Call - 10 min, no. 1 follow-up");
  });
});

describe("curve, rules and calculator rates", () => {
  it("the curve goes through scored stages only and says the same in words", () => {
    let map = setEmotion(blank(), "current", "awareness", 2);
    map = setEmotion(map, "current", "decision", -2);
    const curve = curveOf(
      map.current,
      stages.map((stage) => stage.name),
    );
    expect(curve.points.split(" ")).toHaveLength(2);
    expect(curve.dots.map((dot) => dot.state)).toEqual(["scored", "hidden", "scored", "hidden", "hidden"]);
    expect(curve.summary).toBe(
      "How the client feels, stage by stage: Awareness +2 (very good); Consideration not scored yet; Decision −2 (very low); Retention not scored yet; Advocacy not scored yet.",
    );
  });

  it("a rule reads as one sentence, and each stage's fixes make starting rules", () => {
    expect(
      ruleSentence(
        {
          id: "r",
          stage: "retention",
          signal: "a client misses two sessions",
          action: "send a check-in.",
          within: "a day",
        },
        "Retention",
      ),
    ).toBe("If a client misses two sessions at Retention, then send a check-in within a day.");
    expect(ruleSentence({ id: "r", stage: "retention", signal: "", action: "", within: "" }, "Retention")).toBe(
      "If [signal] at Retention, then [action] within [time].",
    );
    for (const stage of stages) {
      stage.fixes.forEach((fix, i) => {
        const rule = starterRule(stage, i, "id");
        expect(rule.stage).toBe(stage.id);
        expect(rule.action.toLowerCase()).toBe(fix.replace(/\.$/, "").toLowerCase());
      });
    }
    // The article fits the problem's first sound: "an advocacy problem", "a trust problem".
    const advocacy = stages.find((stage) => stage.problemType === "advocacy")!;
    expect(starterRule(advocacy, 0, "id").signal).toBe("your numbers point to an advocacy problem");
    expect(starterRule({ ...advocacy, problemType: "trust" }, 0, "id").signal).toBe(
      "your numbers point to a trust problem",
    );
  });

  it("reads the calculator's saved numbers into one line per stage, or nothing when they are unusable", () => {
    const saved = JSON.stringify({
      counts: ["1000", "300", "40", "12", "5"],
      labels: [],
      targets: ["50", "20", "40", "25"],
    });
    const lines = calculatorRates(saved, stages);
    expect(lines?.[0]).toBe("Calculator: 1,000 people reached Awareness.");
    expect(lines?.[1]).toBe("Calculator: 30.0% of people at Awareness reached Consideration (target 50.0%).");
    expect(calculatorRates(JSON.stringify({ counts: ["1000", "", "", "", ""] }), stages)).toBeNull();
    expect(calculatorRates("{oops", stages)).toBeNull();
    expect(calculatorRates(null, stages)).toBeNull();
  });
});

describe("the example map", () => {
  it("is a valid map that uses every lane at every stage, with an ideal, verdicts and rules", () => {
    const map = exampleMap("ex", now);
    expect(parseMap(JSON.parse(JSON.stringify(map)), options)).toMatchObject({ ok: true });
    for (const stage of map.current.stages) {
      for (const lane of itemLanes) expect(stage[lane].length, `${stage.stage} ${lane}`).toBeGreaterThan(0);
      expect(stage.emotion).not.toBeNull();
    }
    const audit = auditOf(map.current);
    for (const verdict of verdicts) expect(audit.groups[verdict].length, verdict).toBeGreaterThan(0);
    expect(gapSize(gapOf(map.current, map.ideal!))).toBeGreaterThan(5);
    expect(map.interventions.length).toBeGreaterThan(1);
  });
});
