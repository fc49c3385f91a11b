// cssp drill schedule: the year's required drills as an .ics file to import into Google Calendar
// or Outlook (src/drill/schedule.ts).
import { drillSchedule } from '../drill/schedule.js';
import { calendarOf, yearOfDate } from '../plan/drill-answers.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io/std.js';
import { isConsecutiveYear } from '../district/years.js';
import { writeOutput } from '../io/output.js';
import { defaultOutput } from '../district/out-dir.js';
import { today } from '../util/iso-date.js';
import { relative } from 'node:path';
import { districtAt } from './drill-list.js';

export interface DrillScheduleOptions {
  year?: string;
  site?: string;
  output?: string;
  root?: string;
}

export function runDrillSchedule(opts: DrillScheduleOptions, io: Io): number {
  const district = districtAt(io, opts.root);
  const { config } = district;
  // Like the other commands: the school year holding today, by the district's calendar.
  const year = opts.year ?? yearOfDate(today(), config);
  if (!isConsecutiveYear(year)) throw new UsageError(`--year takes a school year written like 2026-27; got ${year}.`, 'For example: cssp drill schedule --year 2026-27');
  const sites = config.sites.filter((s) => (opts.site ? s.id === opts.site : s.active !== false));
  if (opts.site && sites.length === 0) throw new UsageError(`--site ${opts.site} is not in the site registry of cssp.config.yaml.`);
  const builtIn = !config.calendars?.[year];
  const { ics, events } = drillSchedule({ sites, config, calendar: calendarOf(year, config), year, districtName: config.district.name });
  const output = opts.output ?? defaultOutput(district.root, io.cwd, `drills-${year}${opts.site ? `-${opts.site}` : ''}.ics`);
  const path = writeOutput({ cwd: io.cwd, given: output, data: ics, what: 'the drill calendar' });
  io.stdout(`Wrote ${relative(io.cwd, path) || path}: ${events} required drill${events === 1 ? '' : 's'} for ${sites.length} site${sites.length === 1 ? '' : 's'} in ${year}. Import it into Google Calendar or Outlook.\n`);
  if (builtIn) io.stderr(`cssp.config.yaml has no calendar for ${year}, so the dates are cssp's built-in August-to-June calendar; add the board-adopted one under calendars: for the real dates.\n`);
  return 0;
}
