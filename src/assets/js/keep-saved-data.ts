// Once a coach has saved something (a period, a map), ask the browser to keep this site's storage
// when the device runs low on space: without it, browsers may clear it, and Safari does after weeks
// unused. Chromium decides silently; Firefox may ask the reader once. A refusal changes nothing else.
let asked = false;

export function askToKeepSavedData(): void {
  // `navigator` is missing outside a browser (the map session's unit tests run in Node).
  if (asked || typeof navigator === "undefined" || !navigator.storage?.persist) return;
  asked = true;
  void navigator.storage
    .persisted()
    .then((kept) => (kept ? true : navigator.storage.persist()))
    .catch(() => false);
}
