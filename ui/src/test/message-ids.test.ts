/**
 * Every message the UI asks for exists in the Danish reference, every screen label it draws
 * exists in locales/da/screens.ftl, and ui.ftl holds no message the UI never uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const uiSource = join(import.meta.dirname, '..');
const danish = join(import.meta.dirname, '..', '..', '..', 'locales', 'da');

/** Messages used from Rust or by the lookup helper itself, not named in components. */
const USED_OUTSIDE_COMPONENTS = new Set(['window-title', 'text-missing', 'error-generic']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(svelte|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const sources = sourceFiles(uiSource).map((file) => readFileSync(file, 'utf8'));

function matches(pattern: RegExp): Set<string> {
  return new Set(sources.flatMap((source) => [...source.matchAll(pattern)].map((m) => m[1]!)));
}

function definedIds(file: string): Set<string> {
  const ids = readFileSync(join(danish, file), 'utf8')
    .split('\n')
    .map((line) => /^([a-z][a-z0-9-]*)\s*=/.exec(line)?.[1])
    .filter((id): id is string => id !== undefined);
  return new Set(ids);
}

describe('UI message IDs', () => {
  const lookups = matches(/\btext\(\s*[\w.]+\s*,\s*'([a-z0-9-]+)'\s*\)/g);
  const screenLabels = matches(/screens\['([a-z0-9-]+)'\]/g);
  const quoted = matches(/'([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g);

  it('finds the lookups it checks', () => {
    expect(lookups.size).toBeGreaterThan(20);
    expect(screenLabels.size).toBeGreaterThan(5);
  });

  it('uses only chrome messages that exist in locales/da/ui.ftl', () => {
    const defined = definedIds('ui.ftl');
    expect([...lookups].filter((id) => !defined.has(id))).toEqual([]);
  });

  it('draws only screen labels that exist in locales/da/screens.ftl', () => {
    const defined = definedIds('screens.ftl');
    expect([...screenLabels].filter((id) => !defined.has(id))).toEqual([]);
  });

  it('leaves no message in locales/da/ui.ftl unused', () => {
    const unused = [...definedIds('ui.ftl')].filter((id) => !quoted.has(id) && !USED_OUTSIDE_COMPONENTS.has(id));
    expect(unused).toEqual([]);
  });
});
