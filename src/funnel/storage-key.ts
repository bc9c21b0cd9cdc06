// The only name the calculator's numbers are stored under in localStorage. A module of its own, so a
// page that only checks whether numbers are stored (the map) loads nothing else of the core.
export const calculatorStorageKey = "journey-atlas:calculator";
