import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { patchInPlace } from "../../src/assets/js/patch-in-place.ts";

/** JSON with keys sorted, so own "__proto__" keys count (toEqual can't see them) and key order does not. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
    .join(",")}}`;
}
const sameJson = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

describe("patchInPlace", () => {
  it("leaves the target deep-equal to the source, whatever the shapes and key names", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        // JSON.parse, as storage and links do: it makes own "__proto__" keys, where a literal would not.
        const target = JSON.parse(JSON.stringify({ value: a })) as { value: unknown };
        const source = JSON.parse(JSON.stringify({ value: b })) as { value: unknown };
        patchInPlace(target, source);
        expect(sameJson(target, source)).toBe(true);
        expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
        expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('copies a "__proto__" key as data (fast-check\'s counterexample, seed -1832277194)', () => {
    const target = { value: {} as Record<string, unknown> };
    patchInPlace(target, JSON.parse('{"value": {"__proto__": 0}}') as typeof target);
    expect(Object.hasOwn(target.value, "__proto__")).toBe(true);
    expect(JSON.stringify(target)).toBe('{"value":{"__proto__":0}}');
    expect(Object.getPrototypeOf(target.value)).toBe(Object.prototype);
  });

  it('never writes through "__proto__" into Object.prototype', () => {
    const target = {} as Record<string, unknown>;
    patchInPlace(target, JSON.parse('{"__proto__": {"polluted": 1}}') as Record<string, unknown>);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(Object.hasOwn(target, "__proto__")).toBe(true);
    expect(JSON.stringify(target)).toBe('{"__proto__":{"polluted":1}}');
  });

  it('treats "constructor" and "prototype" as plain keys', () => {
    const target = { value: {} as Record<string, unknown> };
    patchInPlace(
      target,
      JSON.parse('{"value": {"constructor": {"prototype": {"polluted": 1}}, "prototype": 2}}') as typeof target,
    );
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype.constructor).toBe(Object);
    expect(JSON.stringify(target)).toBe('{"value":{"constructor":{"prototype":{"polluted":1}},"prototype":2}}');
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
