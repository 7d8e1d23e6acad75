/** A stand-in for `document.fonts`, which jsdom lacks. */

/** Gives the document a font set that loads nothing and records each font asked for. */
export function recordFontLoads(): string[] {
  const loads: string[] = [];
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { status: 'loaded', load: (font: string) => (loads.push(font), Promise.resolve([])) },
  });
  return loads;
}
