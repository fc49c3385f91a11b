// The three layouts of a diff report, and what none of them may print.
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DIFF_FORMATS, formatReport } from '../../src/diff/format.js';
import { escapeMarkdown } from '../../src/format/markdown.js';
import { comparePlans, type DiffReport } from '../../src/diff/report.js';
import { describeTextChange } from '../../src/diff/text-summary.js';
import type { Plan } from '../../src/plan/types.generated.js';
import { MARK, renderPlan } from '../helpers/render-plan.js';

const side = (label: string, plan: Plan) => ({ label, text: stringify(plan) });

describe('diff report formats', () => {
  const before = renderPlan();
  const after = renderPlan({
    sections: { ...before.sections, tacticalResponse: { text: `${MARK.confidential} and more`, visibility: 'confidential' } },
    responder: { ...before.responder, evacuationAssistance: { pupils: 1, staff: 1, notes: `${MARK.evacNotes} changed` } },
    committee: { ...before.committee, members: [...before.committee.members, { name: 'PUPIL-NAME-MARKER', role: 'student' }, { name: 'Ann *Bold* @octocat <b>', role: 'parent' }] },
  });
  const report: DiffReport = { mode: 'site', from: '2025-26', to: '2026-27', plans: [comparePlans('2026-27/alpha.yaml', side('a', before), side('b', after))] };

  it.each(DIFF_FORMATS)('%s: never the confidential text, evacuation notes or a pupil name', (format) => {
    const out = formatReport(report, format);
    expect(out).toContain('Tactical responses to criminal incidents: text changed (confidential).');
    for (const secret of [MARK.confidential, MARK.evacNotes, 'PUPIL-NAME-MARKER', MARK.mobile]) expect(out).not.toContain(secret);
  });

  it('text: a heading naming the site and years, changes grouped by area', () => {
    expect(formatReport(report, 'text')).toBe([
      'Alpha Elementary (alpha): 2025-26 → 2026-27',
      '  Committee',
      '    - Added Ann *Bold* @octocat <b> (parent) and 1 student member.',
      '  Sections',
      '    - Tactical responses to criminal incidents: text changed (confidential).',
      '  Responder packet',
      '    - Pupils who need help to evacuate: 1 (was 3).',
      '    - Evacuation help: notes on where they are changed.',
      '',
    ].join('\n'));
  });

  it('markdown: plan text cannot format, link, mention or inject HTML', () => {
    const out = formatReport(report, 'markdown');
    expect(out).toContain('- Added Ann \\*Bold\\* &#64;octocat &lt;b&gt; (parent) and 1 student member.');
    expect(out).toMatch(/^### Alpha Elementary \(alpha\): 2025-26 → 2026-27\n\n\*\*Committee\*\*\n\n- /);
    expect(escapeMarkdown('[x](http://e) `c` _u_ | a')).toBe('\\[x\\](http://e) \\`c\\` \\_u\\_ \\| a');
  });

  it('json: the documented shape', () => {
    const parsed = JSON.parse(formatReport(report, 'json')) as DiffReport;
    expect(Object.keys(parsed)).toEqual(['mode', 'from', 'to', 'plans']);
    expect(Object.keys(parsed.plans[0]!)).toEqual(['file', 'site', 'name', 'status', 'changes']);
    expect(parsed.plans[0]!.changes[1]).toEqual({ area: 'Sections', path: ['sections', 'tacticalResponse', 'text'], kind: 'changed', text: 'Tactical responses to criminal incidents: text changed (confidential).', confidential: true });
  });

  it('no changes: says so', () => {
    const same: DiffReport = { mode: 'site', from: '2025-26', to: '2026-27', plans: [comparePlans('2026-27/alpha.yaml', side('a', before), side('b', before))] };
    expect(formatReport(same, 'text')).toBe('Alpha Elementary (alpha): 2025-26 → 2026-27\n  No changes.\n');
  });

  it('a plan that is not YAML is named with its problem, not compared', () => {
    const diff = comparePlans('2026-27/alpha.yaml', side('a', before), { label: '2026-27/alpha.yaml', text: 'site: [unclosed\n' });
    expect(diff.status).toBe('unreadable');
    expect(diff.problem).toMatch(/^2026-27\/alpha\.yaml cannot be read \(line \d+: .*\); run cssp check on it/);
  });
});

describe('describeTextChange', () => {
  it.each([
    ['same words, other line breaks', 'One two\nthree.', 'One two three.', 'formatting changed, same words'],
    ['a list item reworded', '- a b\n- c d', '- a b\n- c e', '1 list item reworded (4 → 4 words)'],
    ['a heading and paragraph added', 'Intro.', 'Intro.\n\n### New\n\nMore words here.', '1 heading and 1 paragraph added (1 → 5 words)'],
    ['a paragraph removed', 'One.\n\nTwo.', 'One.', '1 paragraph removed (2 → 1 word)'],
  ])('%s', (_, a, b, expected) => {
    expect(describeTextChange(a, b)).toBe(expected);
  });
});
