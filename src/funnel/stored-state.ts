// The calculator's state as this browser keeps it in localStorage (under calculatorStorageKey), read
// back. Pure: callers pass the stored text in, so the map and the calculator read it by the same rules.
import { reviveState, type CalculatorState } from "./url-state.ts";

/** The stored text as a state, or null when there is none or it cannot be read (then start fresh). */
export function parseStoredState(
  stored: string | null,
  stageIds: readonly string[],
  defaults: CalculatorState,
): CalculatorState | null {
  if (!stored) return null;
  try {
    return reviveState(JSON.parse(stored), stageIds, defaults);
  } catch {
    return null; // unreadable JSON
  }
}
