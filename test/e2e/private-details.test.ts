// Issue 7, section 2: the sample district with a principal's cell and a Gmail address in a public
// section, and pupils named in the evacuation-assistance notes, must fail at each place, while
// the same details in responder contacts pass.
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyEdit, copySample, REPO } from '../helpers/district.js';

const B26 = '2026-27/bayside-elementary.yaml';

interface Json {
  diagnostics: { line: number; column: number; ruleId: string; severity: string; message: string }[];
}

describe('private details in the sample district', () => {
  let out: Json;
  let exitCode: number | undefined;
  const lines: Record<string, number> = {};

  beforeAll(async () => {
    const root = copySample();
    lines.cell = applyEdit(root, {
      file: B26,
      find: '  safeEnvironment:\n    text: |\n',
      replace: "  safeEnvironment:\n    text: |\n      Questions after hours: Dr. Ochoa's personal cell at (805) 555-0121, or maribel.ochoa@gmail.com.\n",
    }) + 1;
    lines.notes = applyEdit(root, {
      file: B26,
      find: '    notes: Room 4 (Building B, TK-2 special day class)',
      replace: '    notes: Maria G. in Room 4 uses a wheelchair; Jayden (diabetic) in Room 9. Room 4 (Building B, TK-2 special day class)',
    });
    const r = await execa('node', [`${REPO}bin/cssp.js`, 'check', B26, '--as-of', '2026-11-23', '--format', 'json'], { cwd: root, reject: false });
    exitCode = r.exitCode;
    out = JSON.parse(r.stdout) as Json;
  });

  it('fails, with nothing else reported', () => {
    expect(exitCode).toBe(1);
    expect(new Set(out.diagnostics.map((d) => d.ruleId))).toEqual(new Set(['public-contact-details', 'pupil-names-in-notes']));
  });

  it('reports the cell number and the Gmail address at the public text', () => {
    const found = out.diagnostics.filter((d) => d.ruleId === 'public-contact-details');
    expect(found.map((d) => [d.line, d.column, d.severity])).toEqual([[lines.cell, 11, 'error'], [lines.cell, 11, 'error']]);
    expect(found.map((d) => d.message).join('\n')).toMatch(/\(805\) 555-0121 \(line 1 of the text\)[\s\S]*maribel\.ochoa@gmail\.com/);
  });

  it('reports each named pupil at the notes', () => {
    const found = out.diagnostics.filter((d) => d.ruleId === 'pupil-names-in-notes');
    expect(found.map((d) => [d.line, d.column])).toEqual([[lines.notes, 12], [lines.notes, 12]]);
    expect(found.map((d) => d.message).join('\n')).toMatch(/"Maria G\."[\s\S]*"Jayden"/);
  });
});
