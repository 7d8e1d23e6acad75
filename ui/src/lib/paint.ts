/** Waits until what the DOM holds now is on screen. */

/** Resolves at the second animation frame from now, when the frame with today's DOM is painted. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Resolves once the DOM as it stands is painted with its fonts: they are only asked for when the
 * first frame is laid out, and with `font-display: block` the text stays invisible until they load.
 */
export async function paintedWithFonts(doc: Document): Promise<void> {
  await painted();
  if (doc.fonts.status === 'loading') {
    await doc.fonts.ready;
    await painted();
  }
}
