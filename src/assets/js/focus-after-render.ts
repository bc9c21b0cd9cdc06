// Moving focus to something Alpine is about to render or show, before the reader's next key press.

const visible = (element: HTMLElement): boolean => element.getClientRects().length > 0;

/**
 * Alpine re-renders in a microtask queued by the state change just made, so a microtask queued after
 * that change finds new elements in place. Alpine's $nextTick waits for a timer instead, and a key
 * pressed in between (a fast Tab after Escape) would act on the page's start. x-show reveals an
 * element in the next animation frame (a timer in a hidden tab), so until the element is visible this
 * tries again the same way, just after Alpine's own callback, a few frames at most.
 */
export function focusAfterRender(find: () => HTMLElement | null | undefined, tries = 10): void {
  const later = (callback: () => void): void => {
    if (document.visibilityState === "visible") requestAnimationFrame(callback);
    else setTimeout(callback, 0);
  };
  const attempt = (left: number): void => {
    const target = find();
    if (target && visible(target)) target.focus();
    else if (left > 0) later(() => attempt(left - 1));
  };
  queueMicrotask(() => attempt(tries));
}
