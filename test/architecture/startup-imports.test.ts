// What each command loads before it runs: the static imports reachable from its module (type-only
// imports and `await import()` excluded). `cssp check` runs in every pull request and over 10,000
// plans, so it must not load the renderer, the diff, the prompts or git; nor may `cssp --help`.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Every module (src-relative path, or package name) statically reachable from `entry`. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const key = file.startsWith(SRC) ? file.slice(SRC.length) : file;
    if (seen.has(key)) return;
    seen.add(key);
    if (!file.startsWith(SRC)) return;
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(STATIC_IMPORT)) {
      if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!.replace(/\.js$/, '.ts')));
      else visit(spec!.replace(/^(@[^/]+\/[^/]+|[^/@][^/]*).*$/, '$1'));
    }
  };
  visit(resolve(SRC, entry));
  return seen;
}

const HEAVY = ['puppeteer-core', 'handlebars', 'markdown-it', '@inquirer/prompts', 'simple-git', 'mammoth', 'pdf-lib', 'cli-progress', 'mgrs'];

describe('start-up imports', () => {
  it.each(['cli.ts', 'commands/check.ts', 'check/worker.ts'])('%s loads no renderer, diff, prompts or git', (entry) => {
    const loaded = [...reachable(entry)];
    expect(loaded.filter((m) => HEAVY.includes(m))).toEqual([]);
    expect(loaded.filter((m) => m.startsWith('diff/') || m.startsWith('render/') || m === 'io/prompts.ts' || m === 'io/git.ts' || m.startsWith('status/format-html'))).toEqual([]);
  });

  it('finds what a command does load (the walk itself works)', () => {
    const render = reachable('commands/render.ts');
    expect(render.has('handlebars')).toBe(true);
    expect(render.has('render/record-of-changes.ts')).toBe(true);
    expect(reachable('commands/check.ts').has('edition/edition.ts')).toBe(true);
  });
});
