// src/rules/index.ts is kept by hand; this keeps it complete, free of repeats and sorted.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

const dir = new URL('../../src/rules/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
  .map((f) => f.slice(0, -'.ts'.length));
const imported = [...readFileSync(new URL('index.ts', dir), 'utf8').matchAll(/^import \w+ from '\.\/([\w-]+)\.js';$/gm)].map((m) => m[1]);
const ids = RULES.map((r) => r.meta.id);
const sorted = (list: readonly (string | undefined)[]) => [...list].sort();

describe('src/rules/index.ts', () => {
  it('imports every rule file exactly once, in id order', () => {
    expect(sorted(imported)).toEqual(sorted(files));
    expect(imported).toEqual(sorted(imported));
  });

  it('lists every rule exactly once, in id order', () => {
    expect(sorted(ids)).toEqual(sorted(files));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(sorted(ids));
  });

  it.each(files)('%s.ts has meta.id equal to its file name', async (name) => {
    const mod = (await import(new URL(`${name}.ts`, dir).href)) as { default: { meta: { id: string } } };
    expect(mod.default.meta.id).toBe(name);
    expect(RULES).toContain(mod.default);
  });
});
