// Moving focus to something Alpine is about to render or show, before the reader's next key press.

const visible = (element: HTMLElement): boolean => element.getClientRects().length > 0;

/**
 * Alpine re-renders in a microtask queued by the state change just made, so a microtask queued after
 * that change usually finds the new element in place. Alpine's $nextTick waits for a timer instead,
 * and a key pressed in between (a fast Tab after Escape) would act on the page's start. x-show shows
 * an element a timer later, so until the element is visible this tries again on the next few timers.
 */
export function focusAfterRender(find: () => HTMLElement | null | undefined, tries = 5): void {
  const attempt = (left: number): void => {
    const target = find();
    if (target && visible(target)) target.focus();
    else if (left > 0) setTimeout(() => attempt(left - 1), 0);
  };
  queueMicrotask(() => attempt(tries));
}
