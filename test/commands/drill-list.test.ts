// cssp drill list, due and export on the sample district, with a pinned as-of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDrillDue } from '../../src/commands/drill-due.js';
import { runDrillExport, runDrillList } from '../../src/commands/drill-list.js';
import { copySample } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';

const root = copySample();
const asOf = '2026-11-23';

describe('cssp drill list', () => {
  it('lists one site as a table', () => {
    const io = memoryIo(root);
    expect(runDrillList({ site: 'bayside-elementary', asOf }, io)).toBe(0);
    const lines = io.stdoutText.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^type +date +time +minutes +evacuation seconds +notes$/);
    expect(lines).toHaveLength(12);
    expect(lines[2]).toMatch(/^fire +2026-08-26 +09:40 +15 +167$/);
  });

  it('filters by type and writes JSON or CSV', () => {
    const json = memoryIo(root);
    runDrillList({ type: 'earthquake', format: 'json', asOf }, json);
    const rows = JSON.parse(json.stdoutText) as { site: string; type: string }[];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => r.type === 'earthquake')).toBe(true);
    const csv = memoryIo(root);
    runDrillList({ site: 'bayside-elementary', type: 'fire', format: 'csv', asOf }, csv);
    expect(csv.stdoutText.split('\r\n')[0]).toBe('type,date,time,minutes,evacuation seconds,notes');
    expect(csv.stdoutText.split('\r\n')).toHaveLength(6); // a header, 4 fire drills, and the last line end
  });
});

describe('cssp drill export', () => {
  it('writes every drill of the year as CSV with CDS codes and the AB 1858 record', () => {
    const io = memoryIo(root);
    expect(runDrillExport({ year: '2026-27', output: 'out.csv' }, io)).toBe(0);
    const csv = readFileSync(join(root, 'out.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('site,cds code,type,date,time,minutes,evacuation seconds,conducted by,parent notice before,parent notice after,start announcement,age appropriate,support resources,simulated gunfire,notes');
    expect(csv.find((l) => l.includes('lockdown,2026-09-23'))).toBe(
      'Bayside Elementary School,99999016000011,lockdown,2026-09-23,10:10,12,,"Dr. Maribel Ochoa, Principal",2026-09-21,2026-09-23,true,true,true,false,All rooms secured; no problems found.',
    );
    expect(io.stdoutText).toMatch(/^Wrote \d+ drills of 2026-27 to out\.csv\.\n$/);
  });
});

describe('cssp drill due', () => {
  it('lists what is due now and next per site, and exits 0 when nothing is overdue', () => {
    const io = memoryIo(root);
    const code = runDrillDue({ site: 'bayside-elementary', asOf }, io);
    expect(io.stdoutText).toContain('Drills due as of November 23, 2026 (2026-27):\n\nBayside Elementary School\n');
    expect(io.stdoutText).toContain('  due     an earthquake drill in Q2, by December 18, 2026 (quarterly; EC 32282(a)(2)(B)(i)(II))');
    expect(io.stdoutText).toContain('  next    a fire drill in December (December 1, 2026 to December 31, 2026) (monthly; EC 32001; 5 CCR 550)');
    expect(code).toBe(io.stdoutText.includes('overdue') ? 1 : 0);
  });

  it('reports what the rules find overdue, with citations, and exits 1', () => {
    const io = memoryIo(root);
    expect(runDrillDue({ site: 'bayside-elementary', asOf: '2027-02-01' }, io)).toBe(1);
    expect(io.stdoutText).toMatch(/ {2}overdue No fire drill logged in December 2026 and January 2027\..*\(EC 32001; 5 CCR 550\)/);
    expect(io.stdoutText).toMatch(/ {2}overdue No earthquake drill logged in Q2 .*\(EC 32282\(a\)\(2\)\(B\)\(i\)\(II\)\)/);
  });
});

describe('drill notes in CSV (formula injection)', () => {
  // A plan anyone can edit in a pull request ends up in the director's spreadsheet: a note that
  // starts like a formula must arrive as text.
  it.each(['=HYPERLINK("http://x.example","click")', '+1+1', '-2+3', '@SUM(A1)'])('neutralises a note starting %j in drill list and drill export', (note) => {
    const dir = copySample();
    const file = join(dir, '2026-27/bayside-elementary.yaml');
    const text = readFileSync(file, 'utf8');
    const old = 'notes: Alarm sounded to start the fire drill; horns and strobes confirmed in every building.';
    expect(text).toContain(old);
    writeFileSync(file, text.replace(old, `notes: ${JSON.stringify(note)}`)); // the first such note only
    const list = memoryIo(dir);
    runDrillList({ site: 'bayside-elementary', format: 'csv', asOf }, list);
    const exported = memoryIo(dir);
    runDrillExport({ year: '2026-27' }, exported);
    for (const csv of [list.stdoutText, exported.stdoutText]) {
      const cells = csv.split('\r\n').flatMap((line) => line.split(','));
      expect(cells.some((c) => /^"?'[=+\-@]/.test(c)), csv).toBe(true);
      expect(cells.some((c) => /^"?[=+\-@]/.test(c))).toBe(false);
    }
  });
});
