// Starts Alpine's CSP build (no eval, so the strict Content-Security-Policy holds) with the
// components a page needs. The "js" class lets CSS show controls that only work with JavaScript.
import Alpine from "@alpinejs/csp";

export type AlpineInstance = typeof Alpine;

export function startAlpine(register: (alpine: AlpineInstance) => void): void {
  document.documentElement.classList.add("js");
  // data-x-text, data-x-on:input… are valid HTML (x-text and @input are not), so the Nu checker passes.
  Alpine.prefix("data-x-");
  register(Alpine);
  Alpine.start();
}
