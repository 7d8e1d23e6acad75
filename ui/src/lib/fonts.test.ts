import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { warmScriptFonts, warmsScriptFonts } from './fonts';
import { recordFontLoads } from '../test/font-loads';

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

describe('warmsScriptFonts', () => {
  function control(): { button: HTMLButtonElement; requests: string[] } {
    const requests = recordFontLoads();
    return { button: document.createElement('button'), requests };
  }

  it('loads nothing until the pointer or focus reaches the control, then all four once', () => {
    const { button, requests } = control();
    warmsScriptFonts(button);
    expect(requests).toEqual([]);
    button.dispatchEvent(new Event('pointerenter'));
    expect(requests).toHaveLength(4);
    button.dispatchEvent(new Event('focus'));
    button.dispatchEvent(new Event('pointerenter'));
    expect(requests).toHaveLength(4);
  });

  it('loads them on focus alone, for someone using the keyboard', () => {
    const { button, requests } = control();
    warmsScriptFonts(button);
    button.dispatchEvent(new Event('focus'));
    expect(requests).toHaveLength(4);
  });

  it('does nothing on a control that opens no list of languages', () => {
    const { button, requests } = control();
    warmsScriptFonts(button, false);
    button.dispatchEvent(new Event('focus'));
    button.dispatchEvent(new Event('pointerenter'));
    expect(requests).toEqual([]);
  });
});
