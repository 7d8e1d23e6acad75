/**
 * Every character the app shows has a glyph in the fonts it bundles for that text, in both
 * weights: a character they lack is drawn from whatever font the system has, differs from
 * machine to machine, may be a blank box, and costs the page a system font.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const fonts = join(import.meta.dirname, '..', 'fonts');
const locales = join(import.meta.dirname, '..', '..', '..', 'locales');
const uiSource = join(import.meta.dirname, '..');

/** Reads WOFF2's variable-length unsigned integer at `at`; returns it and the next offset. */
function base128(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 5; i += 1) {
    const byte = bytes[at + i]!;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, at + i + 1];
  }
  throw new Error('a WOFF2 number runs past five bytes');
}

/** WOFF2's known table tags, by the index its table directory stores instead of the tag. */
const CMAP_INDEX = 0;

/** The code points a WOFF2 font maps to glyphs, from its `cmap` formats 4 and 12. */
function codePoints(file: string): Set<number> {
  const woff = new Uint8Array(readFileSync(join(fonts, file)));
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const tables = view.getUint16(12);
  let at = 48;
  let cmapStart = -1;
  let cmapLength = 0;
  let offset = 0;
  for (let i = 0; i < tables; i += 1) {
    const flags = woff[at]!;
    at += 1;
    const known = flags & 0x3f;
    let tag = '';
    if (known === 0x3f) {
      tag = String.fromCharCode(...woff.subarray(at, at + 4));
      at += 4;
    }
    let length: number;
    [length, at] = base128(woff, at);
    const transform = (flags >> 6) & 0x3;
    // glyf and loca are transformed unless the version bits say 3; every other table at 0.
    const transformed = known === 10 || known === 11 ? transform !== 3 : transform !== 0;
    if (transformed) [length, at] = base128(woff, at);
    if (known === CMAP_INDEX || tag === 'cmap') {
      cmapStart = offset;
      cmapLength = length;
    }
    offset += length;
  }
  const data = brotliDecompressSync(woff.subarray(at));
  const cmap = new DataView(data.buffer, data.byteOffset + cmapStart, cmapLength);
  const points = new Set<number>();
  for (let i = 0; i < cmap.getUint16(2); i += 1) {
    const sub = cmap.getUint32(4 + i * 8 + 4);
    const format = cmap.getUint16(sub);
    if (format === 4) {
      const segments = cmap.getUint16(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const ranges = deltas + segments * 2;
      for (let s = 0; s < segments; s += 1) {
        const end = cmap.getUint16(ends + s * 2);
        const start = cmap.getUint16(starts + s * 2);
        const delta = cmap.getUint16(deltas + s * 2);
        const range = cmap.getUint16(ranges + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c += 1) {
          const indexed = range === 0 ? c : cmap.getUint16(ranges + s * 2 + range + (c - start) * 2);
          const glyph = range !== 0 && indexed === 0 ? 0 : (indexed + delta) & 0xffff;
          if (glyph !== 0) points.add(c);
        }
      }
    } else if (format === 12) {
      const groups = cmap.getUint32(sub + 12);
      for (let g = 0; g < groups; g += 1) {
        const start = cmap.getUint32(sub + 16 + g * 12);
        const end = cmap.getUint32(sub + 20 + g * 12);
        for (let c = start; c <= end; c += 1) points.add(c);
      }
    }
  }
  return points;
}

/** Both weights of a family: a character must be in each, since any text may be bold. */
function family(name: string): Set<number>[] {
  return ['Regular', 'Bold'].map((weight) => codePoints(`${name}-${weight}.woff2`));
}

const latin = family('NotoSans');
/** Arabic and Urdu text falls back to Noto Sans for Latin words such as MitID. */
const fontsFor: Record<string, Set<number>[][]> = {
  ar: [family('NotoNaskhArabic'), latin],
  ur: [family('NotoNastaliqUrdu'), latin],
};

/** Characters no font needs to draw: marks that only steer direction or joining. */
function drawn(c: number): boolean {
  return !/[\p{Cc}\p{Cf}\s]/u.test(String.fromCodePoint(c));
}

/** Characters of `text` that some weight of the fonts lacks. */
function missing(text: string, stack: Set<number>[][]): string[] {
  const lacking = new Set<string>();
  for (const char of text) {
    const c = char.codePointAt(0)!;
    if (!drawn(c)) continue;
    for (const weight of [0, 1]) {
      if (!stack.some((fam) => fam[weight]!.has(c))) {
        lacking.add(`U+${c.toString(16).toUpperCase().padStart(4, '0')} ${char}`);
      }
    }
  }
  return [...lacking];
}

/** A Fluent file's text without its comments, which nobody sees. */
function shownText(file: string): string {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
}

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

describe('glyph coverage', () => {
  it('reads the fonts: Noto Sans has the Danish letters and no Arabic, Naskh has Arabic', () => {
    for (const weight of latin) {
      expect(weight.has('ø'.codePointAt(0)!)).toBe(true);
      expect(weight.has('ب'.codePointAt(0)!)).toBe(false);
    }
    expect(fontsFor.ar![0]![0]!.has('ب'.codePointAt(0)!)).toBe(true);
    expect(missing('→', [latin])).toEqual(['U+2192 →']);
  });

  for (const locale of readdirSync(locales, { withFileTypes: true })) {
    if (!locale.isDirectory()) continue;
    it(`has a glyph for every character of ${locale.name}`, () => {
      const stack = fontsFor[locale.name] ?? [latin];
      const lacking = readdirSync(join(locales, locale.name))
        .filter((name) => name.endsWith('.ftl'))
        .flatMap((name) =>
          missing(shownText(join(locales, locale.name, name)), stack).map((c) => `${name}: ${c}`),
        );
      expect(lacking).toEqual([]);
    });
  }

  it('has a glyph for every character written into a component', () => {
    const lacking = componentFiles(uiSource).flatMap((file) =>
      missing(readFileSync(file, 'utf8'), [latin]).map(
        (c) => `${relative(uiSource, file)}: ${c}`,
      ),
    );
    expect(lacking).toEqual([]);
  });
});
