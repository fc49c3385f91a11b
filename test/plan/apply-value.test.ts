// The form's whole value written back as the smallest edit: only what changed changes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyValue } from '../../src/plan/apply-value.js';

const plans = resolve(import.meta.dirname, '../../plans');
const samples = ['2025-26', '2026-27'].flatMap((y) => readdirSync(join(plans, y)).filter((f) => f.endsWith('.yaml')).map((f) => join(plans, y, f)));
type Plan = Record<string, unknown> & { site: Record<string, unknown>; committee: { members: object[] }; sections: Record<string, unknown>; responder: unknown; drills: Record<string, unknown>[] };
const value = (text: string) => parse(text) as Plan;

/** Lines of `after` that differ from `before`, by a plain line diff from both ends. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

describe('applyValue', () => {
  it.each(samples)('leaves %s byte for byte when nothing changed', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(applyValue(text, value(text))).toBe(text);
  });

  it.each(samples)('changing one field of %s changes only that field\'s bytes', (file) => {
    const text = readFileSync(file, 'utf8');
    const plan = value(text);
    plan.site.enrollment = 999;
    const out = applyValue(text, plan);
    expect(changedLines(text, out)).toEqual({ removed: [`  enrollment: ${String(value(text).site.enrollment)}`], added: ['  enrollment: 999'] });
  });

  it('keeps CRLF line ends and comments, also for new lines', () => {
    const text = readFileSync(samples[0]!, 'utf8').replace(/\n/g, '\r\n');
    const plan = value(text);
    plan.site.name = 'Renamed School';
    plan.committee.members.push({ name: 'New Member', role: 'parent' });
    const out = applyValue(text, plan);
    expect(out).not.toMatch(/[^\r]\n/);
    expect(out).toContain('  name: Renamed School\r\n');
    expect(out).toContain('    - name: New Member\r\n      role: parent\r\n');
    expect(value(out)).toEqual(plan);
    const comments = (t: string) => t.split('\r\n').filter((l) => l.trim().startsWith('#'));
    expect(comments(out)).toEqual(comments(text));
  });

  it('fills an empty list and block, removes a status line, writes a text block, removes and edits list entries', () => {
    const text = 'schemaVersion: 1\n# the committee\ncommittee:\n  authoringBody: safety-committee\n  members: []\nsections:\n  crimeAssessment:\n    visibility: public\n    status: not-written   # write it\nresponder: {}\ndrills:\n  - { type: fire, date: 2026-09-01, time: "09:40", conductedBy: A }\n  - type: fire\n    date: 2026-10-01\n    time: "09:40"\n    conductedBy: B\n';
    const plan = value(text);
    plan.committee.members = [{ name: 'Ana Ruiz', role: 'principal' }];
    plan.sections.crimeAssessment = { visibility: 'public', text: 'Two thefts.\nNo assaults.\n' };
    plan.responder = { contacts: [{ name: 'Dispatch', role: 'Police', phone: '555-0100', available24x7: true }] };
    plan.drills = [{ ...plan.drills[0], notes: 'ok' }];
    const out = applyValue(text, plan);
    expect(value(out)).toEqual(plan);
    expect(out).toContain('# the committee\n');
    expect(out).toContain('  members:\n    - name: Ana Ruiz\n      role: principal\n');
    expect(out).toContain('    text: |\n      Two thefts.\n      No assaults.\n');
    expect(out).not.toContain('not-written');
    expect(out).not.toContain('conductedBy: B');
  });

  it('empties a list as []', () => {
    const text = 'committee:\n  members:\n    - name: A\n      role: parent\n  authoringBody: safety-committee\n';
    const plan = value(text);
    plan.committee.members = [];
    expect(applyValue(text, plan)).toBe('committee:\n  members: []\n  authoringBody: safety-committee\n');
  });
});

describe('applyValue, one entry added or removed in the middle', () => {
  const text = 'drills:\n  - type: fire # first\n    date: 2026-09-01\n  - type: fire # third\n    date: 2026-11-01\n';
  it('splices a drill logged between two others alone', () => {
    const plan = value(text);
    plan.drills.splice(1, 0, { type: 'earthquake', date: '2026-10-01' });
    expect(applyValue(text, plan)).toBe('drills:\n  - type: fire # first\n    date: 2026-09-01\n  - type: earthquake\n    date: 2026-10-01\n  - type: fire # third\n    date: 2026-11-01\n');
  });
  it('removes the first entry with its comment, leaving the second as written', () => {
    const plan = value(text);
    plan.drills.splice(0, 1);
    expect(applyValue(text, plan)).toBe('drills:\n  - type: fire # third\n    date: 2026-11-01\n');
  });
});
