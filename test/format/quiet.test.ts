// --quiet leaves warnings and infos out of the report; the summaries must still say they exist,
// and JSON must still count them.
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/format/json.js';
import { formatStylish } from '../../src/format/stylish.js';
import { formatMarkdownSummary } from '../../src/format/summary-markdown.js';
import { context, diagnostics } from './fixture.js';

const errors = diagnostics.filter((d) => d.severity === 'error');
const hidden = { warnings: 2, infos: 1 };

describe('summaries under --quiet', () => {
  it('stylish: a run with only warnings says "no errors" and how many were not shown', () => {
    expect(formatStylish([], context({ hidden: { warnings: 3, infos: 0 } }))).toBe(
      '✔ 12 files checked, no errors (3 warnings not shown; run without -q to see them)\n',
    );
    expect(formatStylish([], context({ hidden: { warnings: 0, infos: 0 } }))).toBe('✔ 12 files checked, no problems\n');
  });

  it('stylish: with errors shown, counts the errors and names what was left out', () => {
    expect(formatStylish(errors, context({ hidden })).trimEnd().split('\n').at(-1)).toBe(
      '✖ 2 errors in 1 of 12 files (2 warnings and 1 info not shown; run without -q to see them)',
    );
  });

  it('github job summary says the same', () => {
    expect(formatMarkdownSummary([], context({ hidden: { warnings: 1, infos: 0 } }))).toContain(
      '✅ 12 files checked, no errors (1 warning not shown; run without -q to see them).',
    );
    expect(formatMarkdownSummary(errors, context({ hidden }))).toContain('❌ 2 errors in 1 of 12 files (2 warnings and 1 info not shown;');
  });

  it('json: diagnostics are the errors only, the summary has the real counts', () => {
    const out = JSON.parse(formatJson(errors, context({ hidden }))) as { diagnostics: unknown[]; summary: unknown };
    expect(out.diagnostics).toHaveLength(2);
    expect(out.summary).toEqual({ files: 12, errors: 2, warnings: 2, infos: 1 });
  });
});
