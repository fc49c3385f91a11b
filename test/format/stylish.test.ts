import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/format/stylish.js';
import { context, diagnostics, LINCOLN } from './fixture.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[\d+(;\d+)*m/;

describe('stylish', () => {
  it('groups by file with aligned columns, code frames, hints and a summary', () => {
    expect(formatStylish(diagnostics, context())).toMatchInlineSnapshot(`
      "plans/lincoln-elementary.yaml
        3:12  warning  Principal Ana Garcia is not in the district staff directory.  principal-directory
            2 | cds: "19647336012345"
          > 3 | principal:  Ana Garcia
              |             ^^^^^^^^^^
            4 | phone: "555:1234, ext 9"
        4:8   error    Phone "555:1234, ext 9" matches 0% of known formats.  contact-phone
                       Expected (NNN) NNN-NNNN.
            3 | principal:  Ana Garcia
          > 4 | phone: "555:1234, ext 9"
              |        ^^^^^^^^^^^^^^^^^
            5 | sections:
        5:1   error    Required section shelterAgreement is missing.  required-sections
            4 | phone: "555:1234, ext 9"
          > 5 | sections:
              | ^^^^^^^^
            6 |   earthquake: { standard: earthquake, visibility: public }
          hint: Add sections.shelterAgreement with standard: shelteragreement.
          citation: EC 32282(a)(2)(B)

      plans/washington-high.yaml
        3:3  warning  The tactical response section must not be public.  confidential-visibility
            2 | sections:
          > 3 |   tacticalResponse:
              |   ^^^^^^^^^^^^^^^^^
            4 |     standard: tacticalresponse
          hint: Set visibility: confidential.
          citation: EC 32281(d)
        6:1  info     No drills logged yet this school year.  drill-log

      ✖ 5 problems (2 errors, 2 warnings, 1 info) in 2 of 12 files
      "
    `);
  });

  it('uses colour only when asked', () => {
    expect(formatStylish(diagnostics, context({ color: false }))).not.toMatch(ANSI);
    expect(formatStylish(diagnostics, context({ color: true }))).toMatch(ANSI);
  });

  it('lines carets up under text that follows a tab', () => {
    const out = formatStylish(diagnostics, context()).split('\n');
    const marked = out.findIndex((l) => l.includes('> 3 | principal:'));
    const carets = out[marked + 1]!;
    expect(carets.indexOf('^')).toBe(out[marked]!.indexOf('Ana'));
    expect(carets.trimEnd().endsWith('^'.repeat('Ana Garcia'.length))).toBe(true);
    expect(out.join('\n')).not.toContain('\t');
  });

  it('prints no frame when the source is unavailable, and at least one caret for empty ranges', () => {
    const out = formatStylish(diagnostics, context({ sources: new Map() }));
    expect(out).not.toContain(' | ');
    const empty = [{ ...diagnostics[1]!, line: 1, column: 1, endLine: 1, endColumn: 1 }];
    const src = new Map([[LINCOLN, 'x\r\ny\r\n']]);
    expect(formatStylish(empty, context({ sources: src }))).toContain('> 1 | x\n        | ^\n');
  });

  it('reports a clean run', () => {
    expect(formatStylish([], context())).toBe('✔ 12 files checked, no problems\n');
    expect(formatStylish([], context({ filesChecked: 1 }))).toBe('✔ 1 file checked, no problems\n');
  });
});

describe('a new plan\'s unwritten sections', () => {
  const at = (line: number, key: string) => ({
    ruleId: 'section-not-written', severity: 'warning' as const, file: LINCOLN, line, column: 13, endLine: line, endColumn: 24,
    message: `Section \`${key}\` is not written yet. The plan is due by March 1, 2027.`, messageId: 'sectionNotWritten',
    data: { key, about: '', due: ' The plan is due by March 1, 2027.' }, hint: 'Write it in `text:`.',
  });
  const three = [at(10, 'crimeAssessment'), at(14, 'earthquake'), at(18, 'tacticalResponse')];

  it('are one line in the terminal, from three on', () => {
    const out = formatStylish(three, context({ sources: new Map() }));
    expect(out).toContain('3 sections are not written yet: `crimeAssessment`, `earthquake`, `tacticalResponse`. The plan is due by March 1, 2027.');
    expect(out.match(/section-not-written/g)).toHaveLength(1);
    expect(formatStylish(three.slice(0, 2), context({ sources: new Map() })).match(/section-not-written/g)).toHaveLength(2);
  });
});

// A new plan's `members: []` once printed the same code frame and citation four times, one per missing role.
describe('findings of one rule at one place', () => {
  const role = (r: string) => ({
    ruleId: 'committee-composition', severity: 'error' as const, file: LINCOLN, line: 5, column: 1, endLine: 5, endColumn: 9,
    message: `No member with role \`${r}\`.`, messageId: 'missingRole', data: { role: r }, hint: `Add a member with \`role: ${r}\`.`, citation: 'EC 65000',
  });

  it('show the code frame and citation once, each message and hint', () => {
    const out = formatStylish([role('principal'), role('teacher'), role('parent')], context());
    expect(out.match(/> 5 \| sections:/g)).toHaveLength(1);
    expect(out.match(/citation: EC 65000/g)).toHaveLength(1);
    for (const r of ['principal', 'teacher', 'parent']) expect(out).toContain(`Add a member with \`role: ${r}\`.`);
  });
});
