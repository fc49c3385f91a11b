// cssp drill schedule writes an .ics that an iCalendar parser (ical.js) reads back event by event.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runDrillSchedule } from '../../src/commands/drill-schedule.js';
import { UsageError } from '../../src/errors.js';
import { copySample } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';

const root = copySample();

function events(file: string) {
  const component = new ICAL.Component(ICAL.parse(readFileSync(join(root, file), 'utf8')) as unknown[]);
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('cssp drill schedule', () => {
  it('writes one all-day event per required month or term for an elementary school', () => {
    const io = memoryIo(root);
    expect(runDrillSchedule({ year: '2026-27', site: 'bayside-elementary', output: 'bayside.ics' }, io)).toBe(0);
    expect(io.stdoutText).toBe('Wrote bayside.ics: 17 required drills for 1 site in 2026-27. Import it into Google Calendar or Outlook.\n');
    const all = events('bayside.ics');
    // 11 monthly fire drills (August to June; each sounds the alarm too), 4 quarterly earthquake drills, 2 lockdown deadlines.
    expect(all).toHaveLength(17);
    const august = all[0]!;
    expect(august.summary).toBe('Fire drill (August): Bayside Elementary School');
    expect(august.startDate.isDate).toBe(true);
    expect([august.startDate.toString(), august.endDate.toString()]).toEqual(['2026-08-12', '2026-09-01']);
    expect(august.description).toMatch(/^Monthly \(EC 32001; 5 CCR 550\), between August 12, 2026 and August 31, 2026\. When it is held, log it: cssp drill add --site bayside-elementary --type fire$/);
    expect(all.filter((e) => e.summary.startsWith('Earthquake drill')).map((e) => e.startDate.toString())).toEqual(['2026-08-12', '2026-10-19', '2027-01-05', '2027-03-22']);
    expect(all.filter((e) => /lockdown/i.test(e.summary)).map((e) => [e.summary, e.startDate.toString()])).toEqual([
      ['Lockdown drill due by the end of Semester 1: Bayside Elementary School', '2026-12-18'],
      ['2 lockdown drills due by the end of the school year: Bayside Elementary School', '2027-06-03'],
    ]);
    expect(new Set(all.map((e) => e.uid)).size).toBe(17);
  });

  it('gives a high school its monthly alarm, two fire drills a year and a drill each semester', () => {
    runDrillSchedule({ year: '2026-27', output: 'all.ics' }, memoryIo(root));
    const high = events('all.ics').filter((e) => e.summary.endsWith('Harbor Vista High School'));
    expect(high.filter((e) => e.summary.startsWith('Fire alarm'))).toHaveLength(11);
    expect(high.find((e) => e.summary.startsWith('2 fire drills'))!.startDate.toString()).toBe('2027-06-03');
    expect(high.filter((e) => e.summary.startsWith('Earthquake')).map((e) => e.summary)).toEqual(['Earthquake drill (Semester 1): Harbor Vista High School', 'Earthquake drill (Semester 2): Harbor Vista High School']);
  });

  // Output landed in the current folder (the repository) and --year was required, unlike every other command.
  it('defaults --year to the school year holding today and writes into out/ at the district root', () => {
    const io = memoryIo(join(root, '2026-27'));
    expect(runDrillSchedule({ site: 'bayside-elementary' }, io)).toBe(0);
    const year = /in (\d{4}-\d\d)\./.exec(io.stdoutText)?.[1];
    expect(year).toMatch(/^\d{4}-\d\d$/);
    expect(io.stdoutText).toMatch(new RegExp(`^Wrote \\.\\./out/drills-${year}-bayside-elementary\\.ics: `));
    expect(events(`out/drills-${year}-bayside-elementary.ics`).length).toBeGreaterThan(0);
  });

  it('refuses a --year that is not a school year', () => {
    expect(() => runDrillSchedule({ year: '2026' }, memoryIo(root))).toThrow(UsageError);
  });
});
