// Everything derived from schemas/ and the rule metadata is committed; these fail when it is stale.
// Fix with `npm run gen`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTypes } from '../scripts/types-source.mjs';
import { generateValidators } from '../scripts/validators-source.mjs';
import { rulesMarkdown } from '../src/commands/rules.js';

const read = (rel: string) => readFileSync(new URL(`../${rel}`, import.meta.url), 'utf8');

describe('generated files are current (run `npm run gen` if not)', () => {
  it('src/plan/types.generated.ts', async () => {
    expect(read('src/plan/types.generated.ts')).toBe(await generateTypes());
  });
  it('src/check/generated/validators.ts', () => {
    expect(read('src/check/generated/validators.ts')).toBe(generateValidators());
  });
  it('docs/rules.md', () => {
    expect(read('docs/rules.md')).toBe(rulesMarkdown());
  });
});
