// Commander wiring only. Each command's module is imported when that command runs, so
// `cssp --help` loads nothing heavy.
import { Command, CommanderError, Option } from 'commander';
import { FORMATS } from './format/index.js';
import { addDirectorCommands } from './cli-director.js';
import { addDrillCommands } from './cli-drill.js';
import { addTranslateCommands } from './cli-translate.js';
import { EDITION_CHOICES, examples, ROOT_HELP } from './cli-help.js';
import type { CheckCommandOptions } from './commands/check.js';
import type { InitCommandOptions } from './commands/init.js';
import type { ImportCommandOptions } from './commands/import.js';
import type { NewCommandOptions } from './commands/new.js';
import type { RulesCommandOptions } from './commands/rules.js';
import type { RenderCommandOptions } from './commands/render.js';
import type { BundleCommandOptions } from './commands/bundle.js';
import type { EditOptions } from './commands/edit.js';
import type { ExportOptions } from './commands/export.js';
import type { Io } from './io/std.js';
import { toolVersion } from './version.js';


export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command('cssp')
    .description('California Comprehensive School Safety Plans (EC 32280-32289.5) as YAML: check them, log drills, render PDFs.')
    .version(toolVersion(), '-V, --version')
    .option('--verbose', 'show stack traces for unexpected errors')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run cssp --help for usage)');

  program
    .command('check')
    .summary('check plans against the schema and the statute')
    .description('Check plans against the schema and every rule of the Education Code, and report each problem at file:line:column with how to fix it.\nWith no paths, checks every plan of the district (the folder holding cssp.config.yaml).')
    .argument('[paths...]', 'plan files or folders (default: the whole district)')
    .addOption(new Option('-f, --format <format>', 'output format (default: stylish; github inside GitHub Actions)').choices(FORMATS))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices(['error', 'warning', 'info']).default('error'))
    .option('--as-of <date>', 'check what is due as of this date, YYYY-MM-DD (default: today)')
    .option('-q, --quiet', 'report errors only')
    .option('--root <dir>', ROOT_HELP)
    .option('--cache', "reuse an unchanged plan's findings while nothing it depends on changed (config, --as-of, maps...)")
    .option('--cache-location <path>', 'the cache file, or a folder for .cssp-cache (default: the district folder)')
    .addHelpText('after', examples([
      'cssp check',
      'cssp check plans/2026-27/lincoln-elementary.yaml',
      'cssp check --as-of 2027-03-01 --fail-on warning',
      'cssp check --cache                # re-check a large district quickly',
      'cssp check --format github   # in CI: annotations + job summary',
    ]))
    .action(async (paths: string[], opts: CheckCommandOptions) => {
      const { runCheck } = await import('./commands/check.js');
      code = await runCheck(paths, opts, io);
    });

  program
    .command('init')
    .summary('create a district repository, with git and CI')
    .description("Create a district repository: cssp.config.yaml (the district, this school year's calendar and the site registry), plans/, standards/ with starter sections to review, a GitHub workflow running cssp check on pull requests, a package.json pinning this cssp, and a first git commit.\nOn a terminal it asks what it needs; without one, --district-name and --cds-code are required.")
    .argument('[dir]', 'the folder to create (default: asked on a terminal, else the current folder)')
    .option('--district-name <name>', 'the full legal name of the district')
    .option('--cds-code <code>', "the district's 7-digit County-District code, like 01-61119")
    .option('--year <school-year>', 'the school year of the first calendar, like 2026-27 (default: this one)')
    .option('--sites-csv <file>', 'the site registry from a CSV: id (optional), name, level, grades, CDS code')
    .option('-y, --yes', 'take the defaults instead of asking')
    .option('--force', 'write into a folder that is not empty (files of the same name are replaced)')
    .option('--no-git', 'do not start a git repository or commit')
    .addHelpText('after', examples([
      'cssp init                                 # asks for the district, its schools and the folder',
      'cssp init lincoln-usd --district-name "Lincoln Unified School District" --cds-code 01-61119 --sites-csv sites.csv --yes',
    ]))
    .action(async (dir: string | undefined, opts: InitCommandOptions) => {
      const { runInit } = await import('./commands/init.js');
      code = await runInit(dir, opts, io);
    });

  program
    .command('new')
    .summary("start a site's plan for a school year")
    .description("Start a site's plan for a school year: carry last year's forward (comments, sections and responder data kept; drills, consultations, meeting, adoption, approval and distribution cleared; maps copied) or write a new one with every section marked not written. Then commit it on the branch cssp/<site>-<year>.\nOn a terminal it asks what it needs; every question has a flag, and without a terminal only --site is required.")
    .option('--site <id>', 'the site id from the registry in cssp.config.yaml')
    .option('--year <school-year>', 'the school year, like 2027-28 (default: the one after the newest plan on file)')
    .option('--from <school-year>', "carry forward this year's plan (default: the newest earlier one)")
    .option('--no-carry-forward', 'start from scratch even when last year\'s plan exists')
    .option('--committee-file <file>', "a YAML list of this year's committee members (default: last year's)")
    .option('--meeting-date <date>', 'the planned public meeting date, YYYY-MM-DD')
    .option('--meeting-place <place>', 'where on the school site the meeting is held')
    .option('-y, --yes', 'take the defaults instead of asking')
    .option('--force', 'replace the plan if it already exists')
    .option('--no-git', 'do not create a branch or commit')
    .option('-o, --output <file>', 'write the plan here instead of <plansDir>/<year>/<site>.yaml (nothing is committed)')
    .option('--root <dir>', ROOT_HELP)
    .addHelpText('after', examples([
      'cssp new                                  # asks which site, year, and the rest',
      'cssp new --site lincoln-elementary --yes  # last year\'s plan, carried forward, on a branch',
      'cssp new --site lincoln-elementary --year 2027-28 --meeting-date 2028-02-10 --meeting-place Library',
      'cssp new --site new-campus --no-carry-forward --no-git',
    ]))
    .action(async (opts: NewCommandOptions) => {
      const { runNew } = await import('./commands/new.js');
      code = await runNew(opts, io);
    });

  addDrillCommands(program, io, (c) => (code = c));

  program
    .command('import')
    .summary("bring a site's Word plan (.docx) into cssp")
    .description("Bring a site's existing plan, a Word document (.docx, including Google Docs and LibreOffice exports), into cssp: headings become plan sections (by title or Ed Code citation, old EC 35294.x numbering too), the committee roster becomes committee.members, an emergency-contact table responder.contacts, images go to maps/. What no section matches goes to <site>.unmapped.md beside the plan, under its original headings. The report shows where each heading went and that the words in and out match.\nThe plan is written where cssp new would put it, then committed on the branch cssp/<site>-<year>.")
    .argument('<plan.docx>', 'the Word document')
    .option('--site <id>', 'the site id from the registry in cssp.config.yaml')
    .option('--year <school-year>', 'the school year of the new plan, like 2026-27')
    .option('--map <heading=section>', 'send a heading to a section (or to unmapped), whatever it says; repeat for more', (v: string, all: string[] = []) => [...all, v])
    .option('--force', 'replace the plan, its unmapped file and maps if they exist')
    .option('--no-git', 'do not create a branch or commit')
    .option('-o, --output <file>', 'write the plan here instead of <plansDir>/<year>/<site>.yaml (nothing is committed)')
    .option('--root <dir>', ROOT_HELP)
    .addHelpText('after', examples([
      'cssp import "Lincoln CSSP 2025-26.docx" --site lincoln-elementary --year 2026-27',
      'cssp import lincoln.docx --site lincoln-elementary --year 2026-27 --map "Campus Security=safeEnvironment" --map "Appendix C=unmapped"',
    ]))
    .action(async (docx: string, opts: ImportCommandOptions) => {
      const { runImport } = await import('./commands/import.js');
      code = await runImport(docx, opts, io);
    });

  program
    .command('rules')
    .summary('list every rule with its citation and severity')
    .description('List every rule cssp checks: id, default severity, Education Code citation and what it checks. With --since, what the law added or changed since a school year (or a date), with its dates.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--since <year-or-date>', 'only what the law added since the start of a school year (2025-26) or a date (2025-09-01)')
    .addHelpText('after', examples(['cssp rules', 'cssp rules --since 2025-26', 'cssp rules --format markdown > docs/rules.md']))
    .action(async (opts: RulesCommandOptions) => {
      const { runRules } = await import('./commands/rules.js');
      code = runRules(opts, io);
    });

  program
    .command('edit')
    .summary('a form in the browser, checked as you type')
    .description("Open one plan in a form in your browser: every part of the plan, what the law asks each section to say, and what cssp check finds, beside the field it concerns, as you type. Save writes the same YAML file (only what you changed), never a plan with errors in its form. Only this computer can open it; Ctrl+C stops it.")
    .argument('[plan]', 'the plan file (default: --site and --year)')
    .option('--site <id>', 'the site id, instead of a plan file')
    .option('--year <school-year>', "with --site: the school year (default: the site's newest plan)")
    .option('--no-open', 'print the address instead of opening the browser')
    .option('--port <n>', 'the port to listen on, on 127.0.0.1 (default: any free one)')
    .option('--root <dir>', ROOT_HELP)
    .addHelpText('after', examples(['cssp edit --site lincoln-elementary', 'cssp edit plans/2027-28/lincoln-elementary.yaml --no-open']))
    .action(async (plan: string | undefined, opts: EditOptions) => {
      const { runEdit } = await import('./commands/edit.js');
      code = await runEdit(plan, opts, io);
    });

  program
    .command('render')
    .summary('print one plan as a PDF, in one edition')
    .description('Print one plan as a PDF for first responders (responder), for public inspection (public), for the district and board (full), or for parents and guardians in their language (family, with --lang); meeting-notice prints the letters announcing the public meeting (EC 32288(b)(2)).\nNeeds Chrome or Chromium (cssp doctor says how to get one); --html needs neither.')
    .argument('[plan]', 'the plan file, for example plans/2026-27/lincoln-elementary.yaml')
    .option('--site <id>', 'the site id, instead of a plan file')
    .option('--year <school-year>', 'with --site: the school year, for example 2026-27 (default: the newest)')
    .addOption(new Option('--edition <edition>', 'which edition to print').choices([...EDITION_CHOICES, 'meeting-notice']).default('responder'))
    .option('--lang <language>', 'the family edition\'s or meeting notice\'s language: es, zh-Hans, zh-Hant, vi, ko, tl, pa, ar, ru (default: en)')
    .option('--allow-stale', 'print a translation made from older English instead of the English with a note')
    .option('-o, --output <file>', 'the PDF (or HTML) to write (default: out/<site>-<year>-<edition>.pdf in the district folder)')
    .option('--html', 'write the HTML instead, to preview in a browser')
    .option('--strict', 'refuse to print a plan with errors (cssp check lists them); without it such a plan prints as a draft, with a warning')
    .option('--root <dir>', 'the district folder holding cssp.config.yaml (default: found from the plan)')
    .addHelpText('after', examples([
      'cssp render plans/2026-27/lincoln-elementary.yaml',
      'cssp render --site lincoln-elementary --edition public -o lincoln-public.pdf',
      'cssp render --site lincoln-elementary --html',
      'cssp render --site lincoln-elementary --edition family --lang es',
      'cssp render --site lincoln-elementary --edition meeting-notice   # a letter to each recipient EC 32288(b)(2) names',
    ]))
    .action(async (plan: string | undefined, opts: RenderCommandOptions) => {
      const { runRender } = await import('./commands/render.js');
      code = await runRender(plan, opts, io);
    });

  addTranslateCommands(program, io, (c) => (code = c));

  program
    .command('export')
    .summary('responder features as GeoJSON/CSV for 911')
    .description("Write the site and every positioned responder feature as GeoJSON (RFC 7946, WGS84: what a county 911 GIS loads) or as a CSV feature index: each with a stable id, its category, grid cell and, on georeferenced maps, longitude, latitude and US National Grid reference. With no plans, every site of the school year. --edition public leaves out what the public edition leaves out (every responder feature).")
    .argument('[plans...]', 'plan files (default: every plan of --year)')
    .option('--year <school-year>', 'the school year, for example 2026-27 (default: the newest)')
    .addOption(new Option('--format <format>', 'geojson or csv').choices(['geojson', 'csv']).default('geojson'))
    .addOption(new Option('--edition <edition>', 'what it may contain, as that edition').choices(EDITION_CHOICES).default('responder'))
    .option('-o, --output <file>', 'the file to write (default: out/<year>-<edition>-features.geojson in the district folder)')
    .option('--root <dir>', ROOT_HELP)
    .addHelpText('after', examples(['cssp export --year 2026-27', 'cssp export plans/2026-27/lincoln-elementary.yaml --format csv -o lincoln.csv', 'cssp export --edition public -o public.geojson']))
    .action(async (plans: string[], opts: ExportOptions) => {
      const { runExport } = await import('./commands/export.js');
      code = runExport(plans, opts, io);
    });

  program
    .command('bundle')
    .summary("print every site's plan and a district PDF")
    .description('Print every site of a school year in one browser: a PDF per site, one combined district PDF (cover, contents, bookmarks per site) and a manifest (JSON) per edition.\nA site that fails is reported and the others still print (exit 1). Ctrl+C stops, removes partial output and exits 130.')
    .option('--year <school-year>', 'the school year, for example 2026-27 (default: the newest)')
    .addOption(new Option('--edition <edition>', 'which edition, or all of them (family: every site in English and each language EC 48985 requires)').choices([...EDITION_CHOICES, 'all']).default('responder'))
    .option('-o, --output <dir>', 'the folder to write (default: out/cssp-bundle-<year> in the district folder); each edition gets a subfolder')
    .option('--root <dir>', ROOT_HELP)
    .option('-q, --quiet', 'no progress: report failures and the summary only')
    .option('--shard <i/n>', 'print only the i-th of n slices of the sites (site PDFs and a partial manifest), for splitting a run across CI jobs')
    .option('--merge <dir...>', "build the district PDF and manifest from the shards' output folders")
    .option('--strict', 'refuse to print when any plan has errors (cssp check lists them); without it such plans print as drafts, with a warning naming them')
    .addHelpText('after', examples(['cssp bundle', 'cssp bundle --edition all -o out/', 'cssp bundle --year 2025-26 --edition public', 'cssp bundle --shard 1/2 -o s1 && cssp bundle --shard 2/2 -o s2 && cssp bundle --merge s1 s2 -o out']))
    .action(async (opts: BundleCommandOptions) => {
      const { runBundle } = await import('./commands/bundle.js');
      code = await runBundle(opts, io);
    });

  addDirectorCommands(program, io, (c) => (code = c));

  program
    .command('doctor')
    .summary('check that this machine can print PDFs')
    .description('Check Node.js, Chrome or Chromium, the embedded fonts and git, and say how to fix what is missing. Exit 1 when PDFs cannot be printed.')
    .action(async () => {
      const { runDoctor } = await import('./commands/doctor.js');
      code = runDoctor(io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(err.code) ? 0 : 2;
    }
    throw err;
  }
  return code;
}
