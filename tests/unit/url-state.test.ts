import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeState, emptyState, encodeState, reviveState, type CalculatorState } from "../../src/funnel/url-state.ts";

const ids = ["awareness", "consideration", "decision", "retention", "advocacy"];
const defaults = emptyState(ids, ["50", "20", "40", "25"], { paid: "decision", continuing: "retention" });

describe("URL state", () => {
  it("loads the counts of a shared link", () => {
    const state = decodeState("?awareness=1000&consideration=300&decision=40&retention=12&advocacy=5", ids, defaults);
    expect(state?.counts).toEqual(["1000", "300", "40", "12", "5"]);
    expect(state?.targets).toEqual(defaults.targets);
  });

  it("returns null for a query with no calculator state", () => {
    expect(decodeState("?utm_source=newsletter", ids, defaults)).toBeNull();
    expect(decodeState("", ids, defaults)).toBeNull();
  });

  it("round-trips counts, labels, targets, prices, currency and goal", () => {
    const text = fc.string({ maxLength: 20 }).map((s) => s.replace(/[\u0000-\u001f\u007f<>]/g, ""));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 5, maxLength: 5 }),
        fc.array(text, { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 100 }).map(String), { minLength: 4, maxLength: 4 }),
        text,
        fc.constantFrom("", ...ids),
        fc.constantFrom("", ...ids),
        fc.constantFrom("GBP", "USD", "EUR"),
        (counts, labels, targets, price, paid, continuing, currency) => {
          const state: CalculatorState = {
            counts,
            labels,
            targets,
            paid,
            price,
            continuing,
            value: price ? "900" : "",
            currency,
            goal: "7",
          };
          const decoded = decodeState(`?${encodeState(state, ids, defaults)}`, ids, defaults);
          expect(decoded).toEqual(state);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("carries the money roles by stage id: paid=<id>&price=…&continuing=<id>&value=…", () => {
    const state = {
      ...defaults,
      counts: ["2400", "180", "22", "9", "3"],
      paid: "retention",
      price: "90",
      value: "900",
    };
    const query = encodeState(state, ids, defaults);
    expect(new URLSearchParams(query).get("paid")).toBe("retention");
    expect(new URLSearchParams(query).get("price")).toBe("90");
    expect(new URLSearchParams(query).get("continuing")).toBe("retention");
    expect(new URLSearchParams(query).get("value")).toBe("900");
    expect(decodeState(`?${query}`, ids, defaults)).toEqual(state);
    // A stage id this journey lacks holds nothing it could misname: the default role stands.
    expect(decodeState("?awareness=10&paid=onboarding&price=5", ids, defaults)?.paid).toBe("decision");
    expect(decodeState("?awareness=10&paid=&price=5", ids, defaults)?.paid).toBe("");
  });

  it("opens a v2 link (price_decision, value_retention) as before: paid at decision, continuing at retention", () => {
    const moved = emptyState(ids, defaults.targets, { paid: "consideration", continuing: "advocacy" });
    const state = decodeState("?awareness=1000&price_decision=90&value_retention=900", ids, moved);
    expect(state).toMatchObject({ paid: "decision", price: "90", continuing: "retention", value: "900" });
    const stored = reviveState({ counts: ["1000"], priceDecision: "90", valueRetention: "900" }, ids, moved);
    expect(stored).toMatchObject({ paid: "decision", price: "90", continuing: "retention", value: "900" });
    // Without old prices, nothing old is implied: the site's roles stand.
    expect(reviveState({ counts: ["1000"] }, ids, moved)).toMatchObject({ paid: "consideration", price: "" });
  });

  it("hostile values stay text as typed (shown with textContent), and huge ones are capped", () => {
    const state = decodeState(
      `?awareness=${encodeURIComponent("<img src=x onerror=alert(1)>")}&label_decision=${"x".repeat(5000)}&label_awareness=${encodeURIComponent("<3 sessions\u0007")}&currency=BTC`,
      ids,
      defaults,
    );
    expect(state?.counts[0]).toBe("<img src=x onerror=alert(1)>");
    expect(state?.labels[0]).toBe("<3 sessions");
    expect(state?.labels[2]?.length).toBeLessThanOrEqual(200);
    expect(state?.currency).toBe("GBP");
  });

  it("revives a stored state defensively", () => {
    expect(reviveState("nonsense", ids, defaults)).toBeNull();
    expect(reviveState({ counts: [1, "2", null] }, ids, defaults)?.counts).toEqual(["", "2", "", "", ""]);
  });
});

describe("stored state is data, never a path into the object model", () => {
  it('reads a hostile stored object into a fresh plain object: "__proto__" keys change no prototype', () => {
    const threeIds = ["a", "b", "c"];
    const defaults = emptyState(threeIds, ["50", "50"]);
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": 1, "counts": ["9"]}, "constructor": {"prototype": {"polluted": 1}}, "counts": ["1", "2", "3"]}',
    ) as unknown;
    const state = reviveState(hostile, threeIds, defaults);
    expect(state?.counts).toEqual(["1", "2", "3"]);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(Object.hasOwn(state ?? {}, "__proto__")).toBe(false);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
