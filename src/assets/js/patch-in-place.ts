// Alpine's CSP build re-parses a binding's expression each time it runs, so replacing a whole
// object (and re-running every binding) is costly. This copies only the values that changed.
//
// Keys are data, never paths into the object model: "__proto__", "constructor" and "prototype"
// are copied as own properties like any other key. Reading goes through own properties only (so
// a missing "__proto__" never reads Object.prototype), and "__proto__" is written with
// defineProperty (an assignment would set the object's prototype instead of a key).

type Tree = Record<string, unknown> | unknown[];

const isTree = (value: unknown): value is Tree => typeof value === "object" && value !== null;

function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function writeOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value; // a plain assignment, so Alpine's reactive proxy sees the change
}

/** Makes `target` deep-equal to `source`, assigning only leaves that differ. Returns target. */
export function patchInPlace<T extends object>(target: T, source: T): T {
  const to = target as Record<string, unknown>;
  const from = source as Record<string, unknown>;
  if (Array.isArray(target) && Array.isArray(source) && target.length !== source.length) target.length = source.length;
  for (const key of Object.keys(from)) {
    const next = from[key];
    const current = ownValue(to, key);
    const sameShape = isTree(current) && isTree(next) && Array.isArray(current) === Array.isArray(next);
    if (sameShape) patchInPlace(current, next);
    else if (current !== next || !Object.hasOwn(to, key)) writeOwn(to, key, next);
  }
  for (const key of Object.keys(to)) if (!Object.hasOwn(from, key)) delete to[key]; // own keys only: "valueOf" is "in" every object
  return target;
}
