// One shared input for every formatter test: two plans, five diagnostics covering each severity,
// hint + citation, a multi-line range, a tab before the range, and a message with % : , and \n.
import type { Diagnostic } from '../../src/diagnostic.js';
import type { FormatContext } from '../../src/format/types.js';

export const LINCOLN = '/repo/plans/lincoln-elementary.yaml';
const WASHINGTON = '/repo/plans/washington-high.yaml';

const lincoln = [
  'school: Lincoln Elementary',
  'cds: "19647336012345"',
  'principal:\tAna Garcia',
  'phone: "555:1234, ext 9"',
  'sections:',
  '  earthquake: { standard: earthquake, visibility: public }',
  '',
].join('\n');

const washington = [
  'school: Washington High',
  'sections:',
  '  tacticalResponse:',
  '    standard: tacticalresponse',
  '    visibility: public',
  'drills: []',
  '',
].join('\n');

// Deliberately unsorted: every formatter must sort with compareDiagnostics itself.
export const diagnostics: Diagnostic[] = [
  {
    ruleId: 'drill-log', severity: 'info', message: 'No drills logged yet this school year.',
    file: WASHINGTON, line: 6, column: 1, endLine: 6, endColumn: 7,
  },
  {
    ruleId: 'required-sections', severity: 'error', message: 'Required section shelterAgreement is missing.',
    file: LINCOLN, line: 5, column: 1, endLine: 5, endColumn: 9,
    citation: 'EC 32282(a)(2)(B)', hint: 'Add sections.shelterAgreement with standard: shelteragreement.',
  },
  {
    ruleId: 'contact-phone', severity: 'error', message: 'Phone "555:1234, ext 9" matches 0% of known formats.\nExpected (NNN) NNN-NNNN.',
    file: LINCOLN, line: 4, column: 8, endLine: 4, endColumn: 25,
  },
  {
    ruleId: 'confidential-visibility', severity: 'warning', message: 'The tactical response section must not be public.',
    file: WASHINGTON, line: 3, column: 3, endLine: 5, endColumn: 23,
    citation: 'EC 32281(d)', hint: 'Set visibility: confidential.',
  },
  {
    ruleId: 'principal-directory', severity: 'warning', message: 'Principal Ana Garcia is not in the district staff directory.',
    file: LINCOLN, line: 3, column: 12, endLine: 3, endColumn: 22,
  },
];

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return {
    color: false,
    cwd: '/repo',
    sources: new Map([[LINCOLN, lincoln], [WASHINGTON, washington]]),
    filesChecked: 12,
    toolVersion: '0.1.0',
    ...overrides,
  };
}

/** n copies of one diagnostic on consecutive lines, for the GitHub/summary caps. */
export function many(n: number, severity: Diagnostic['severity']): Diagnostic[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: 'schema', severity, message: `Problem ${i + 1}`,
    file: LINCOLN, line: i + 1, column: 1, endLine: i + 1, endColumn: 2,
  }));
}
