// Commander wiring of `cssp drill` and its subcommands (kept out of cli.ts, which wires the rest).
// Each subcommand's module is imported when it runs.
import { Option, type Command } from 'commander';
import type { DrillAddOptions } from './commands/drill-add.js';
import type { DrillDueOptions } from './commands/drill-due.js';
import type { DrillListOptions } from './commands/drill-list.js';
import type { DrillScheduleOptions } from './commands/drill-schedule.js';
import type { Io } from './io/std.js';
import { examples, ROOT_HELP } from './cli-help.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function addDrillCommands(program: Command, io: Io, setCode: (code: number) => void): void {
  const drill = program
    .command('drill')
    .summary('log drills, list them, and see what is due')
    .description('The drill log of each plan: add a drill, list them, see what is due or overdue.');

  drill
    .command('add')
    .summary("log a drill in the site's plan, in date order")
    .description(
      "Log a drill in the plan of its site and school year: the entry goes into drills: in date order, and every other line of the file stays as it was. It is checked like cssp check, and the command says which requirements it meets.\n" +
        'On a terminal it asks for what the flags do not give; without one, --site, --type, --date, --time and --conducted-by are required (and the AB 1858 record for armed-assailant drills).',
    )
    .option('--site <id>', 'the site id from the registry in cssp.config.yaml')
    .option('--type <type>', 'fire, fire-alarm, earthquake, lockdown, armed-assailant, secure, shelter, evacuation or other')
    .option('--date <date>', 'the day it was held, YYYY-MM-DD (default on a terminal: today)')
    .option('--time <HH:MM>', 'the start time on the 24-hour clock, like 09:40')
    .option('--duration <minutes>', 'how long it lasted, in minutes')
    .option('--evacuation-seconds <time>', 'time to clear the buildings, as minutes:seconds (4:30) or seconds (fire and evacuation drills)')
    .option('--participants <count>', 'how many people took part or were evacuated')
    .option('--conducted-by <name>', 'name and title of who ran it')
    .option('--observer <name>', 'an outside observer, like "Harbor Vista Fire Dept. Engine 31" (repeat for more)', collect)
    .option('--notes <text>', 'anything else (no pupil names)')
    .option('--year <school-year>', 'the plan\'s school year (default: the district calendar holding --date)')
    .option('--parent-notice-before <date>', 'AB 1858: when parents were told of the drill beforehand')
    .option('--parent-notice-after <date>', 'AB 1858: when parents were told it had taken place')
    .option('--start-announcement', 'AB 1858: a schoolwide announcement at the start said it was a drill')
    .option('--no-start-announcement', 'AB 1858: there was no such announcement')
    .option('--age-appropriate', 'AB 1858: the drill was age-appropriate')
    .option('--no-age-appropriate', 'AB 1858: it was not')
    .option('--support-resources', 'AB 1858: support resources were shared afterwards')
    .option('--no-support-resources', 'AB 1858: they were not')
    // Positive flags first: commander defaults an option to true when its --no- form comes first.
    .option('--simulated-gunfire', 'AB 1858: gunfire was simulated (recorded truthfully; the law forbids it)')
    .option('--no-simulated-gunfire', 'AB 1858: no gunfire was simulated')
    .option('-o, --output <file>', 'write the edited plan here instead of in place (nothing is committed)')
    .option('--commit', 'commit the plan file (only it) with a message like "Log fire drill 2026-11-14 at Bayside Elementary School"')
    .option('--root <dir>', ROOT_HELP)
    .addOption(new Option('--as-of <date>').hideHelp())
    .addHelpText('after', examples([
      'cssp drill add                        # asks for each answer',
      'cssp drill add --site lincoln-elementary --type fire --date 2026-11-14 --time 09:40 --duration 15 --evacuation-seconds 170 --conducted-by "Dana Lee, Principal" --commit',
      'cssp drill add --site lincoln-elementary --type armed-assailant --date 2026-10-08 --time 10:15 --conducted-by "Dana Lee, Principal" \\\n      --parent-notice-before 2026-10-05 --parent-notice-after 2026-10-08 --start-announcement --age-appropriate --support-resources --no-simulated-gunfire',
    ]))
    .action(async (opts: DrillAddOptions) => {
      const { runDrillAdd } = await import('./commands/drill-add.js');
      setCode(await runDrillAdd(opts, io));
    });

  drill
    .command('list')
    .summary('the logged drills of a school year: one site or all')
    .description('The logged drills of a school year (type, date, time, duration, evacuation time, notes) for one site or all, optionally of one type.')
    .option('--site <id>', 'one site (default: every site)')
    .option('--year <school-year>', 'the school year (default: this one, else the newest on file)')
    .option('--type <type>', 'only drills of this type, like fire')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'))
    .addOption(new Option('--as-of <date>').hideHelp())
    .option('--root <dir>', ROOT_HELP)
    .addHelpText('after', examples(['cssp drill list --site lincoln-elementary', 'cssp drill list --type fire --format csv > fire-drills.csv']))
    .action(async (opts: DrillListOptions) => {
      const { runDrillList } = await import('./commands/drill-list.js');
      setCode(runDrillList(opts, io));
    });

  drill
    .command('due')
    .summary('what is due or overdue at each site')
    .description('For each site: what is overdue (with the rule and citation), what is due this month or term, and when the next drill of each kind is due. Exit 1 when anything is overdue, so a scheduled CI job can alert.')
    .option('--site <id>', 'one site (default: every site)')
    .option('--year <school-year>', 'the school year (default: the one holding --as-of)')
    .option('--as-of <date>', 'the day to judge by, YYYY-MM-DD (default: today)')
    .option('--root <dir>', ROOT_HELP)
    .addHelpText('after', examples(['cssp drill due', 'cssp drill due --site lincoln-elementary --as-of 2027-01-04']))
    .action(async (opts: DrillDueOptions) => {
      const { runDrillDue } = await import('./commands/drill-due.js');
      setCode(runDrillDue(opts, io));
    });

  drill
    .command('export')
    .summary('every drill of a school year as CSV')
    .description('Every logged drill of a school year as CSV (site, CDS code, type, date, time, duration, evacuation time, conducted by, the AB 1858 record, notes), for board reports and district records.')
    .option('--year <school-year>', 'the school year (default: this one, else the newest on file)')
    .option('--site <id>', 'one site (default: every site)')
    .option('-o, --output <file>', 'write the CSV here (default: standard output)')
    .addOption(new Option('--as-of <date>').hideHelp())
    .option('--root <dir>', ROOT_HELP)
    .addHelpText('after', examples(['cssp drill export --year 2026-27 -o drills-2026-27.csv']))
    .action(async (opts: DrillListOptions) => {
      const { runDrillExport } = await import('./commands/drill-list.js');
      setCode(runDrillExport(opts, io));
    });

  drill
    .command('schedule')
    .summary("the year's required drills as an .ics calendar")
    .description("The required drills of a school year as an iCalendar (.ics) file: one event per required month or term, per site and kind of drill, from the district calendar and drill policy. Import it into Google Calendar or Outlook; importing a newer file updates the same events.")
    .option('--year <school-year>', 'the school year, like 2026-27 (default: the one holding today, by the district calendar)')
    .option('--site <id>', 'one site (default: every active site)')
    .option('-o, --output <file>', 'the .ics file to write (default: out/drills-<year>.ics in the district folder)')
    .option('--root <dir>', ROOT_HELP)
    .addHelpText('after', examples(['cssp drill schedule', 'cssp drill schedule --year 2026-27 --site lincoln-elementary -o lincoln.ics']))
    .action(async (opts: DrillScheduleOptions) => {
      const { runDrillSchedule } = await import('./commands/drill-schedule.js');
      setCode(runDrillSchedule(opts, io));
    });
}
