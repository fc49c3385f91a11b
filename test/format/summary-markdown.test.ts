import { describe, expect, it } from 'vitest';
import { formatMarkdownSummary } from '../../src/format/summary-markdown.js';
import { context, diagnostics, many } from './fixture.js';

describe('markdown summary', () => {
  it('writes a heading, counts and a table', () => {
    expect(formatMarkdownSummary(diagnostics, context())).toMatchInlineSnapshot(`
      "## cssp check

      ❌ 5 problems (2 errors, 2 warnings, 1 info) in 2 of 12 files

      | File | Line | Severity | Rule | Message |
      | --- | --- | --- | --- | --- |
      | plans/lincoln-elementary.yaml | 3 | warning | principal-directory | Principal Ana Garcia is not in the district staff directory. |
      | plans/lincoln-elementary.yaml | 4 | error | contact-phone | Phone "555:1234, ext 9" matches 0% of known formats.<br>Expected (NNN) NNN-NNNN. |
      | plans/lincoln-elementary.yaml | 5 | error | required-sections | Required section shelterAgreement is missing. |
      | plans/washington-high.yaml | 3 | warning | confidential-visibility | The tactical response section must not be public. |
      | plans/washington-high.yaml | 6 | info | drill-log | No drills logged yet this school year. |
      "
    `);
  });

  it('escapes pipes, newlines and HTML in cells', () => {
    const d = [{ ...diagnostics[0]!, message: 'a | b\nc <d>' }];
    expect(formatMarkdownSummary(d, context())).toContain('| a \\| b<br>c &lt;d&gt; |');
  });

  it('caps the table at 200 rows', () => {
    const lines = formatMarkdownSummary(many(203, 'error'), context()).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('| plans/'))).toHaveLength(200);
    expect(lines.at(-1)).toBe('… and 3 more; run `cssp check` locally for the full list.');
  });

  it('says so when clean', () => {
    expect(formatMarkdownSummary([], context())).toBe('## cssp check\n\n✅ 12 files checked, no problems.\n');
  });
});
