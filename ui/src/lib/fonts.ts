/** Loads the Arabic-script fonts ahead of need, without holding up the first paint. */

/** Each font with a sample of the script it is for; loading it makes the first use instant. */
const SCRIPT_FONTS: ReadonlyArray<readonly [family: string, sample: string]> = [
  ['Noto Naskh Arabic', 'العربية'],
  ['Noto Nastaliq Urdu', 'اردو'],
];

/**
 * Starts loading the fonts for scripts the current screen may not show yet, such as the language
 * names on the picker; without this they stay invisible for the font's block period.
 */
export function warmScriptFonts(fonts: FontFaceSet): void {
  for (const [family, sample] of SCRIPT_FONTS) {
    for (const weight of ['400', '700']) {
      void fonts.load(`${weight} 1em "${family}"`, sample).catch(() => undefined);
    }
  }
}
