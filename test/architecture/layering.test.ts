// The layering in eslint.layers.js is enforced by ESLint: linting a small tree with an upward
// import, a cycle, a feature importing a feature, a browser outside render/, a rule reading the
// disk, a rule importing a rule, and a file read or written with fs outside the one reader and
// writer fails each one.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const FIXTURE = new URL('../fixtures/layering/', import.meta.url).pathname;

describe('the layering rules', () => {
  it('fail an upward import, a cycle, a feature importing a feature and a guarded package', async () => {
    const results = await new ESLint({ cwd: FIXTURE }).lintFiles(['src']);
    const found = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(FIXTURE.length)} ${m.ruleId ?? m.message}`)).sort();
    expect(found).toEqual([
      'src/commands/writes-directly.ts no-restricted-imports',
      'src/plan/browser.ts no-restricted-imports',
      'src/plan/upward.ts import-x/no-restricted-paths',
      'src/rules/reads-disk.ts no-restricted-imports',
      'src/rules/uses-other-rule.ts no-restricted-imports',
      'src/status/reads-directly.ts no-restricted-imports',
      'src/status/sideways.ts import-x/no-restricted-paths',
      'src/util/a.ts import-x/no-cycle',
      'src/util/b.ts import-x/no-cycle',
    ]);
  }, 60_000);
});
