import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { warmScriptFonts } from './fonts';

describe('warmScriptFonts', () => {
  it('asks for both Arabic-script fonts in both weights, with text in their script', () => {
    const requests: Array<[string, string | undefined]> = [];
    const fonts = {
      load: (font: string, sample?: string) => {
        requests.push([font, sample]);
        return Promise.resolve([]);
      },
    } as unknown as FontFaceSet;
    warmScriptFonts(fonts);
    expect(requests).toEqual([
      ['400 1em "Noto Naskh Arabic"', 'العربية'],
      ['700 1em "Noto Naskh Arabic"', 'العربية'],
      ['400 1em "Noto Nastaliq Urdu"', 'اردو'],
      ['700 1em "Noto Nastaliq Urdu"', 'اردو'],
    ]);
  });

  it('names only families the stylesheet defines', () => {
    const css = readFileSync(join(import.meta.dirname, '..', 'styles', 'fonts.css'), 'utf8');
    expect(css).toContain("font-family: 'Noto Naskh Arabic';");
    expect(css).toContain("font-family: 'Noto Nastaliq Urdu';");
  });
});
