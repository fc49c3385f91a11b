// The plan editor splices text: everything outside the edited value stays byte for byte.
import { describe, expect, it } from 'vitest';
import { PlanEditor } from '../../src/plan/edit.js';

const text = `# yaml-language-server: $schema=../../schemas/plan.schema.json
# Header comment
schemaVersion: 1
schoolYear: 2026-27 # the year
version: "2026-27.1"

committee:
  authoringBody: schoolsite-council
  # members reviewed each fall
  members:
    - name: A
      role: principal

adoption:
  date: 2027-02-10
  vote: 9-0
sections:
  earthquake:
    text: |
      Drop, cover
      and hold on.
    visibility: public
drills:
  - type: fire
    date: 2026-09-01
flow: { a: 1 }
empty: []
`;

describe('PlanEditor', () => {
  it('replaces a scalar in place, keeping the comment on its line', () => {
    const out = new PlanEditor(text).set(['schoolYear'], '2027-28').set(['version'], '2027-28.0-draft').text;
    expect(out).toBe(text.replace('2026-27 # the year', '2027-28 # the year').replace('"2026-27.1"', '2027-28.0-draft'));
  });

  it('removes a key with its block, and nothing else', () => {
    const out = new PlanEditor(text).delete(['adoption']).delete(['nothing']).text;
    expect(out).toBe(text.replace('adoption:\n  date: 2027-02-10\n  vote: 9-0\n', ''));
  });

  it('replaces a block value with a block at the same indentation', () => {
    const out = new PlanEditor(text).set(['committee', 'members'], [{ name: 'B', role: 'teacher' }]).text;
    expect(out).toContain('  # members reviewed each fall\n  members:\n    - name: B\n      role: teacher\n\nadoption:');
    expect(new PlanEditor(text).set(['drills'], []).text).toContain('    visibility: public\ndrills: []\nflow:');
  });

  it('adds a missing key after a named key, or last', () => {
    const out = new PlanEditor(text).set(['publicMeeting'], { date: '2027-02-01', location: 'Library' }, { after: 'committee' }).text;
    expect(out).toContain('      role: principal\npublicMeeting:\n  date: 2027-02-01\n  location: Library\n\nadoption:');
    expect(new PlanEditor(text).set(['sections', 'crimeAssessment'], { status: 'not-written' }).text).toContain(
      '    visibility: public\n  crimeAssessment:\n    status: not-written\ndrills:',
    );
  });

  it('writes a flow map out whole when a key is added to it', () => {
    expect(new PlanEditor(text).set(['flow', 'b'], 2).text).toContain('flow:\n  a: 1\n  b: 2\n');
  });

  it('keeps a multi-line text block when editing beside it', () => {
    const out = new PlanEditor(text).set(['sections', 'earthquake', 'visibility'], 'responder').text;
    expect(out).toBe(text.replace('    visibility: public\ndrills', '    visibility: responder\ndrills'));
  });
});
