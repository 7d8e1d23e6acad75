/** Moves focus to a screen's main heading when the screen changes, so screen readers announce it. */

/** A Svelte action: focuses the heading it is put on as soon as it is rendered. */
export function focusOnArrival(heading: HTMLElement): void {
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: false });
}
