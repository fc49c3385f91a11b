// Issue 7, section 1: a site lead copies last year's plan, sets this school year and pastes in
// this year's drills. Every governance record copied with it must be an error at its own date,
// and once March 1 has passed the missed adoption deadline must be reported too.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { copySample, REPO } from '../helpers/district.js';

interface Json {
  diagnostics: { line: number; column: number; ruleId: string; severity: string; message: string }[];
}

const PLAN = '2026-27/bayside-elementary.yaml';
let root: string;
let lines: string[];

/** Every `date:` value above `sections:` (the governance records), as [line, column]. */
function governanceDates(): [number, number][] {
  const end = lines.indexOf('sections:');
  return lines.slice(0, end).flatMap((l, i) => (/^\s*(- )?date: \d/.test(l) ? [[i + 1, l.indexOf('date: ') + 7] as [number, number]] : []));
}

async function check(asOf: string): Promise<{ exitCode: number | undefined; out: Json }> {
  const r = await execa('node', [`${REPO}bin/cssp.js`, 'check', PLAN, '--as-of', asOf, '--format', 'json'], { cwd: root, reject: false });
  return { exitCode: r.exitCode, out: JSON.parse(r.stdout) as Json };
}

const at = (out: Json, ruleId: string) => out.diagnostics.filter((d) => d.ruleId === ruleId).map((d) => [d.line, d.column]);

describe("a plan copied from last year's (bayside-elementary 2025-26 as 2026-27)", () => {
  beforeAll(() => {
    root = copySample();
    const text = readFileSync(join(root, '2025-26/bayside-elementary.yaml'), 'utf8').replace('schoolYear: 2025-26', 'schoolYear: 2026-27');
    writeFileSync(join(root, PLAN), text);
    lines = text.split('\n');
  });

  it('finds the copied records: consultations, meeting, notices, adoption, approval, distribution', () => {
    expect(governanceDates()).toHaveLength(3 + 1 + 4 + 1 + 1 + 4);
  });

  it('fails as of 2026-11-23 with an error at every stale date and at the version', async () => {
    const { exitCode, out } = await check('2026-11-23');
    expect(exitCode).toBe(1);
    expect(at(out, 'record-dates-in-cycle')).toEqual(governanceDates());
    expect(out.diagnostics.filter((d) => d.ruleId === 'record-dates-in-cycle').every((d) => d.severity === 'error')).toBe(true);
    const adoption = out.diagnostics.find((d) => d.ruleId === 'record-dates-in-cycle' && d.message.startsWith('Adoption'));
    expect(adoption?.message).toBe("Adoption date 2026-02-10 is before the 2026-27 plan cycle (2026-07-01 to 2027-06-30): it looks copied from last year's plan.");
    expect(at(out, 'version-school-year')).toEqual([[8, 10]]);
  });

  it('as of 2027-04-01, also reports the missed March 1 deadline at the stale adoption date', async () => {
    const { exitCode, out } = await check('2027-04-01');
    expect(exitCode).toBe(1);
    const adoptionLine = lines.indexOf('adoption:') + 2;
    const deadline = out.diagnostics.filter((d) => d.ruleId === 'adoption-deadline');
    expect(deadline.map((d) => [d.line, d.column, d.severity])).toEqual([[adoptionLine, 9, 'error']]);
    expect(deadline[0]?.message).toContain('the plan must be adopted by March 1, 2027');
  });
});
