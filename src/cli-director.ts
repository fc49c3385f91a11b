// Commander wiring of the Safe Schools director's commands: status, diff and distribute (kept out
// of cli.ts, which wires the rest). Each command's module is imported when it runs.
import { Option, type Command } from 'commander';
import { EDITION_CHOICES, examples, ROOT_HELP } from './cli-help.js';
import type { DiffCommandOptions } from './commands/diff.js';
import type { DistributeOptions } from './commands/distribute.js';
import type { StatusCommandOptions } from './commands/status.js';
import type { Io } from './io/std.js';
import { STATUS_FORMATS } from './status/types.js';

export function addDirectorCommands(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command('status')
    .summary("each site's stage, findings, drills, agencies")
    .description("One row per site in the registry: the plan's stage (not started to distributed), errors and warnings from cssp check, drills on track or overdue, the meeting, adoption and approval dates, the days left to March 1 and which agencies hold the current version.\nExit 1 when any site is past a deadline, an overdue drill included.")
    .option('--year <school-year>', 'the school year, like 2026-27 (default: the one holding --as-of)')
    .option('--as-of <date>', 'report what is due as of this date, YYYY-MM-DD (default: today)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(STATUS_FORMATS).default('table'))
    .option('-o, --output <file>', 'write the status to a file instead of standard output')
    .option('--root <dir>', ROOT_HELP)
    .addHelpText('after', examples([
      'cssp status',
      'cssp status --as-of 2026-11-23 --format markdown >> "$GITHUB_STEP_SUMMARY"',
      'cssp status -f html -o status.html   # one page to open or e-mail, no network needed',
      'cssp status --year 2025-26 -f csv -o status.csv',
    ]))
    .action(async (opts: StatusCommandOptions) => {
      const { runStatus } = await import('./commands/status.js');
      setCode(await runStatus(opts, io));
    });


  program
    .command('diff')
    .summary('say what changed between two plans, in words')
    .description("Say what changed between two plans, section by section, in words (not a line diff). Confidential text is never shown, only that it changed; pupils are never named.\nWith a site id: that site's plan of one school year against the year before (the newest two by default). With anything else, a git ref: every plan of the district as it is now against that commit.\nExit 0 whatever changed.")
    .argument('<site-or-ref>', 'a site id from cssp.config.yaml, or a git commit, branch or tag')
    .option('--from <school-year>', 'with a site: the older plan (default: the year before --to)')
    .option('--to <school-year>', 'with a site: the newer plan (default: the newest on file)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('-o, --output <file>', 'write the changes to a file instead of standard output')
    .option('--root <dir>', ROOT_HELP)
    .addHelpText('after', examples([
      'cssp diff lincoln-elementary                       # the newest plan against the year before',
      'cssp diff lincoln-elementary --from 2025-26 --to 2026-27',
      'cssp diff main                                     # every plan changed since main',
      'cssp diff origin/main --format markdown -o changes.md   # for a pull-request comment',
    ]))
    .action(async (target: string, opts: DiffCommandOptions) => {
      const { runDiff } = await import('./commands/diff.js');
      setCode(await runDiff(target, opts, io));
    });


  program
    .command('distribute')
    .summary('record that an agency received the plan')
    .description(
      "Record in a site's plan (distribution:) that an agency received an edition of it: the plan's version, the content hash that edition prints (as in its version stamp) and the plan file's git commit. Every other line of the file stays as it was.\n" +
        'cssp check then warns when the plan changes and an agency consulted still holds the earlier content (EC 32281(b)(3)). On a terminal it asks for what the flags do not give; without one, --site and --agency are required.',
    )
    .option('--site <id>', 'the site id from the registry in cssp.config.yaml')
    .option('--agency <name>', 'the agency that received it, as the plan names it under consultations:')
    .option('--type <type>', 'the agency type, when the plan does not name the agency yet: law-enforcement, fire, ems, district or other')
    .addOption(new Option('--edition <edition>', 'the edition delivered (default: responder; full for the district)').choices(EDITION_CHOICES))
    .option('--date <date>', 'the day it was delivered, YYYY-MM-DD (default: today)')
    .option('--method <text>', 'how it was delivered, like "Secure email (PDF)"')
    .option('--received-by <name>', 'who received it (name and title)')
    .option('--year <school-year>', "the plan's school year (default: the plan whose cycle holds --date)")
    .option('-o, --output <file>', 'write the edited plan here instead of in place (nothing is committed)')
    .option('--commit', 'commit the plan file (only it) with a message naming the agency and version')
    .option('--root <dir>', ROOT_HELP)
    .addOption(new Option('--as-of <date>').hideHelp())
    .addHelpText('after', examples([
      'cssp distribute                                   # asks for the site, agency and edition',
      'cssp distribute --site bayside-elementary --agency "Harbor Vista Police Department" --edition responder --method "Secure email (PDF)"',
      'cssp distribute --site bayside-elementary --agency "Harbor Vista Fire Department" --date 2027-02-20 --commit',
    ]))
    .action(async (opts: DistributeOptions) => {
      const { runDistribute } = await import('./commands/distribute.js');
      setCode(await runDistribute(opts, io));
    });
}
