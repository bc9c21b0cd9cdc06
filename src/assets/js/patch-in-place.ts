// Alpine's CSP build re-parses a binding's expression each time it runs, so replacing a whole
// object (and re-running every binding) is costly. This copies only the values that changed.

type Tree = Record<string, unknown> | unknown[];

const isTree = (value: unknown): value is Tree => typeof value === "object" && value !== null;

/** Makes `target` deep-equal to `source`, assigning only leaves that differ. Returns target. */
export function patchInPlace<T extends object>(target: T, source: T): T {
  const to = target as Record<string, unknown>;
  const from = source as Record<string, unknown>;
  if (Array.isArray(target) && Array.isArray(source) && target.length !== source.length) target.length = source.length;
  for (const key of Object.keys(from)) {
    const next = from[key];
    const current = to[key];
    const sameShape = isTree(current) && isTree(next) && Array.isArray(current) === Array.isArray(next);
    if (sameShape) patchInPlace(current as Tree, next as Tree);
    else if (current !== next) to[key] = next;
  }
  for (const key of Object.keys(to)) if (!Object.hasOwn(from, key)) delete to[key]; // own keys only: "valueOf" is "in" every object
  return target;
}
