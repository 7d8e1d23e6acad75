/** Loads the Arabic-script fonts when a screen that names every language is about to open. */

/** Each font with a sample of the script it is for; loading it makes the first use instant. */
const SCRIPT_FONTS: ReadonlyArray<readonly [family: string, sample: string]> = [
  ['Noto Naskh Arabic', 'العربية'],
  ['Noto Nastaliq Urdu', 'اردو'],
];

/**
 * Starts loading the fonts for scripts the current screen does not show yet, such as the
 * language names in the language menu; without this they stay invisible for the font's block
 * period when the menu opens.
 */
export function warmScriptFonts(fonts: FontFaceSet): void {
  for (const [family, sample] of SCRIPT_FONTS) {
    for (const weight of ['400', '700']) {
      void fonts.load(`${weight} 1em "${family}"`, sample).catch(() => undefined);
    }
  }
}

/**
 * A Svelte action for a control that opens a list of languages (when `opensList`): the fonts load when the pointer
 * reaches it or focus does, a moment before the click. Not at start: the four fonts cost the page
 * about 4 MB, and someone who never opens the list never needs them.
 */
export function warmsScriptFonts(control: HTMLElement, opensList = true): { destroy: () => void } {
  if (!opensList) return { destroy: () => undefined };
  const warm = (): void => {
    control.removeEventListener('pointerenter', warm);
    control.removeEventListener('focus', warm);
    warmScriptFonts(control.ownerDocument.fonts);
  };
  control.addEventListener('pointerenter', warm);
  control.addEventListener('focus', warm);
  return {
    destroy: () => {
      control.removeEventListener('pointerenter', warm);
      control.removeEventListener('focus', warm);
    },
  };
}
