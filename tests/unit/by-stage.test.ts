import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromByStage, mergeByStage, stepKeys, toByStage } from "../../src/funnel/by-stage.ts";

const five = ["awareness", "consideration", "decision", "retention", "advocacy"];
const six = ["awareness", "consideration", "decision", "onboarding", "retention", "advocacy"];

describe("values by stage id", () => {
  it("keeps each value with its stage when a stage is added, and reads the new stage as missing", () => {
    const stored = toByStage(five, ["1000", "300", "40", "12", "5"]);
    const laid = fromByStage(six, stored, "");
    expect(laid.values).toEqual(["1000", "300", "40", "", "12", "5"]);
    expect(laid.other).toEqual({});
  });

  it("keeps a removed stage aside, and switching back restores it", () => {
    const stored = toByStage(six, ["1000", "300", "40", "20", "12", "5"]);
    const onFive = fromByStage(five, stored, "");
    expect(onFive.values).toEqual(["1000", "300", "40", "12", "5"]);
    expect(onFive.other).toEqual({ onboarding: "20" });
    const edited = mergeByStage(five, ["1100", ...onFive.values.slice(1)], onFive.other);
    expect(fromByStage(six, edited, "").values).toEqual(["1100", "300", "40", "20", "12", "5"]);
  });

  it("keys a step by the stage it leads into", () => {
    expect(stepKeys(five)).toEqual(["consideration", "decision", "retention", "advocacy"]);
  });

  it("keeps a __proto__ key as plain data", () => {
    const record = JSON.parse('{"__proto__": "7", "awareness": "3"}') as Record<string, string>;
    const laid = fromByStage(five, record, "");
    expect(laid.values[0]).toBe("3");
    expect(Object.hasOwn(laid.other, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(mergeByStage(five, laid.values, laid.other))).toBe(Object.prototype);
  });

  it("round-trips any values on the same stages, and never loses an entry across any change of stages", () => {
    const id = fc.constantFrom("a", "b", "c", "d", "e", "f", "g");
    fc.assert(
      fc.property(fc.uniqueArray(id), fc.uniqueArray(id), fc.array(fc.integer()), (before, after, numbers) => {
        const stored = toByStage(before, numbers);
        expect(fromByStage(before, stored, null).values).toEqual(
          before.map((_, index) => (index < numbers.length ? numbers[index] : null)),
        );
        const laid = fromByStage(after, stored, null);
        const kept = mergeByStage(after, laid.values, laid.other);
        for (const [key, value] of Object.entries(stored)) expect(kept[key]).toBe(value);
      }),
    );
  });
});
