// The types (from schemas/) and docs/rules.md (from the rule metadata) are committed; these fail
// when they are stale. Fix with `npm run gen`. The validators are not committed: every build
// regenerates them (scripts/gen-validators.mjs), so they cannot drift.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTypes } from '../scripts/types-source.mjs';
import { rulesMarkdown } from '../src/commands/rules.js';

const read = (rel: string) => readFileSync(new URL(`../${rel}`, import.meta.url), 'utf8');

describe('generated files are current (run `npm run gen` if not)', () => {
  it('src/plan/types.generated.ts', async () => {
    expect(read('src/plan/types.generated.ts')).toBe(await generateTypes());
  });
  it('docs/rules.md', () => {
    expect(read('docs/rules.md')).toBe(rulesMarkdown());
  });
});
