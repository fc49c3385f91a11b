// cssp drill schedule: the year's required drills as an .ics file to import into Google Calendar
// or Outlook (src/drill/schedule.ts).
import { drillSchedule } from '../drill/schedule.js';
import { calendarOf } from '../plan/drill-answers.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io/std.js';
import { isConsecutiveYear } from '../district/years.js';
import { writeOutput } from '../io/output.js';
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
  if (!opts.year || !isConsecutiveYear(opts.year)) throw new UsageError('--year is required, written like 2026-27.', 'For example: cssp drill schedule --year 2026-27');
  const sites = config.sites.filter((s) => (opts.site ? s.id === opts.site : s.active !== false));
  if (opts.site && sites.length === 0) throw new UsageError(`--site ${opts.site} is not in the site registry of cssp.config.yaml.`);
  const builtIn = !config.calendars?.[opts.year];
  const { ics, events } = drillSchedule({ sites, config, calendar: calendarOf(opts.year, config), year: opts.year, districtName: config.district.name });
  const output = opts.output ?? `drills-${opts.year}${opts.site ? `-${opts.site}` : ''}.ics`;
  writeOutput({ cwd: io.cwd, given: output, data: ics, what: 'the drill calendar' });
  io.stdout(`Wrote ${output}: ${events} required drill${events === 1 ? '' : 's'} for ${sites.length} site${sites.length === 1 ? '' : 's'} in ${opts.year}. Import it into Google Calendar or Outlook.\n`);
  if (builtIn) io.stderr(`cssp.config.yaml has no calendar for ${opts.year}, so the dates are cssp's built-in August-to-June calendar; add the board-adopted one under calendars: for the real dates.\n`);
  return 0;
}
