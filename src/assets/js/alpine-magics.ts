// Alpine's magic properties as a component's methods see them on `this`: one description for every
// component. `$refs` is narrowed by each component to the elements it names.
export interface AlpineMagics<Refs extends Record<string, HTMLElement> = Record<string, HTMLElement>> {
  $event: Event;
  $el: HTMLElement;
  $refs: Refs;
  $nextTick(callback?: () => void): Promise<void>;
}
