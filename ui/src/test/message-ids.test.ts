/** Every message the UI asks for exists in the Danish reference, and the UI's file holds no unused ones. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const uiSource = join(import.meta.dirname, '..');
const uiFtl = join(import.meta.dirname, '..', '..', '..', 'locales', 'da', 'ui.ftl');

/** Messages used from Rust or by the lookup helper itself, not through `text(view, …)`. */
const USED_OUTSIDE_COMPONENTS = new Set(['window-title', 'text-missing', 'error-generic']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(svelte|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function usedIds(): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(uiSource)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\btext\(\s*[\w.]+\s*,\s*'([a-z0-9-]+)'\s*\)/g)) {
      used.add(match[1]!);
    }
  }
  return used;
}

function definedIds(): Set<string> {
  const ids = readFileSync(uiFtl, 'utf8')
    .split('\n')
    .map((line) => /^([a-z][a-z0-9-]*)\s*=/.exec(line)?.[1])
    .filter((id): id is string => id !== undefined);
  return new Set(ids);
}

describe('UI message IDs', () => {
  it('finds the lookups it checks', () => {
    expect(usedIds().size).toBeGreaterThan(5);
  });

  it('uses only messages that exist in locales/da/ui.ftl', () => {
    const defined = definedIds();
    const missing = [...usedIds()].filter((id) => !defined.has(id));
    expect(missing).toEqual([]);
  });

  it('leaves no message in locales/da/ui.ftl unused', () => {
    const used = usedIds();
    const unused = [...definedIds()].filter((id) => !used.has(id) && !USED_OUTSIDE_COMPONENTS.has(id));
    expect(unused).toEqual([]);
  });
});
