// Rules are pure (src/rules/types.ts): they read the plan and report paths. A rule that imports a
// module touching the disk, or another rule, breaks that, so the imports are checked here.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = new URL('../../', import.meta.url).pathname;
const RULES_DIR = join(REPO, 'src/rules');
const SHARED = new Set(['index.ts', 'types.ts']);

/** Every module specifier a file imports or re-exports, static or dynamic. */
function importsOf(text: string): string[] {
  const pattern = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm;
  return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** Why an import is not allowed in a rule, or undefined when it is. */
function forbidden(specifier: string, ruleFile: string): string | undefined {
  if (/^(node:)?(fs|child_process)(\/|$)/.test(specifier)) return 'touches the disk or runs processes';
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(REPO, resolve(dirname(ruleFile), specifier)).replace(/\.js$/, '.ts');
  if (target === 'src/plan/discover.ts' || target === 'src/plan/write.ts') return 'touches the disk';
  if (target.startsWith('src/io/')) return 'does IO';
  if (target.startsWith('src/rules/') && !SHARED.has(target.slice('src/rules/'.length))) return 'is another rule';
  return undefined;
}

describe('rule imports', () => {
  const rules = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !SHARED.has(f));

  it('finds the rules and their imports', () => {
    expect(rules.length).toBeGreaterThan(20);
    expect(importsOf("import { a } from './x.js';\nimport type { B } from \"../y.js\";\nconst m = await import('node:fs');")).toEqual(['./x.js', '../y.js', 'node:fs']);
  });

  it('flags what a rule may not import', () => {
    const rule = join(RULES_DIR, 'some-rule.ts');
    expect(forbidden('node:fs', rule)).toBeDefined();
    expect(forbidden('fs/promises', rule)).toBeDefined();
    expect(forbidden('node:child_process', rule)).toBeDefined();
    expect(forbidden('../plan/discover.js', rule)).toBeDefined();
    expect(forbidden('../plan/write.js', rule)).toBeDefined();
    expect(forbidden('../io/std.js', rule)).toBeDefined();
    expect(forbidden('./committee-composition.js', rule)).toBeDefined();
    expect(forbidden('./types.js', rule)).toBeUndefined();
    expect(forbidden('../plan/paths.js', rule)).toBeUndefined();
    expect(forbidden('node:path', rule)).toBeUndefined();
  });

  it.each(rules)('%s imports no disk, IO or other rule module', (name) => {
    const file = join(RULES_DIR, name);
    const bad = importsOf(readFileSync(file, 'utf8'))
      .map((specifier) => ({ specifier, why: forbidden(specifier, file) }))
      .filter((b) => b.why !== undefined);
    expect(bad).toEqual([]);
  });
});
