import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { patchInPlace } from "../../src/assets/js/patch-in-place.ts";

describe("patchInPlace", () => {
  it("leaves the target deep-equal to the source, whatever the shapes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const target = { value: structuredClone(a) };
        patchInPlace(target, { value: b });
        expect(target).toEqual({ value: b });
      }),
      { numRuns: 500 },
    );
  });

  it("removes own keys the source lacks, even ones named like Object.prototype members", () => {
    // fast-check found this: "valueOf" in {} is true, so an own "valueOf" key used to survive.
    const target = { value: [{ valueOf: null }] as object[] };
    patchInPlace(target, { value: [{}] });
    expect(target).toEqual({ value: [{}] });
  });

  it("keeps unchanged branches as the same objects, so their bindings do not re-run", () => {
    const unchanged = { text: "same" };
    const target = { a: unchanged, b: { text: "old" } };
    patchInPlace(target, { a: { text: "same" }, b: { text: "new" } });
    expect(target.a).toBe(unchanged);
    expect(target.b.text).toBe("new");
  });
});
