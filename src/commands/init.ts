// cssp init [dir]: answers (flags or prompts) -> files in memory -> the settings checked like
// `cssp check` -> written (a new folder appears whole) -> git init and a first commit -> next steps.
// Nothing is written before the last answer, so Ctrl+C at any question leaves no trace.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ALL_CHECKS } from '../check/builtin.js';
import { loadConfig } from '../check/config.js';
import { UsageError } from '../errors.js';
import { gatherInitAnswers, type InitFlags } from '../init/answers.js';
import { districtFiles, writeDistrict } from '../init/files.js';
import { commitNewDistrict } from '../init/git-step.js';
import { siteIdOf } from '../init/sites-csv.js';
import { askText } from '../io/prompts.js';
import type { Io } from '../io/std.js';
import { loadSource } from '../plan/source.js';
import { today } from '../util/iso-date.js';

export interface InitCommandOptions extends InitFlags {
  force?: boolean;
  git?: boolean;
  interactive?: boolean;
}

/** Why `dir` cannot take a new district, or undefined when it can (missing, or empty but for .git). */
function refusal(cwd: string, dir: string, force?: boolean): string | undefined {
  const stats = statSync(resolve(cwd, dir), { throwIfNoEntry: false });
  if (!stats) return undefined;
  if (!stats.isDirectory()) return `${dir} is a file, not a folder`;
  const entries = readdirSync(resolve(cwd, dir)).filter((name) => name !== '.git').sort();
  if (entries.length === 0 || force) return undefined;
  return `${dir === '.' ? 'This folder' : dir} is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''})`;
}

const refuse = (why: string) => new UsageError(`${why}, so cssp init did not write anything.`, 'Choose a new or empty folder (cssp init my-district), or add --force to write the district files into it (files of the same name are replaced).');

export async function runInit(dir: string | undefined, opts: InitCommandOptions, io: Io): Promise<number> {
  const interactive = opts.interactive ?? io.stdinIsTTY;
  const show = (p: string) => relative(io.cwd, p) || '.';
  // 1. A folder named on the command line is checked before any question is asked.
  if (dir !== undefined) {
    const why = refusal(io.cwd, dir, opts.force);
    if (why) throw refuse(why);
  }
  const answers = await gatherInitAnswers(opts, { interactive, cwd: io.cwd, today: today() });
  // 2. Otherwise the folder is asked last, defaulting to the current one when it is empty.
  if (dir === undefined) {
    const fallback = refusal(io.cwd, '.', opts.force) ? siteIdOf(answers.districtName) || 'district' : '.';
    dir = interactive && !opts.yes
      ? (await askText({ message: 'Folder for the district repository?', default: fallback, validate: (v) => refusal(io.cwd, v.trim() || '.', opts.force) ?? true })).trim()
      : '.';
    const why = refusal(io.cwd, dir || '.', opts.force);
    if (why) throw refuse(why);
  }
  const target = resolve(io.cwd, dir);
  const files = districtFiles(answers);
  // 3. The settings pass the same schema as `cssp check` before anything is written.
  const config = loadConfig(loadSource(join(target, 'cssp.config.yaml'), files.get('cssp.config.yaml')!), ALL_CHECKS.map((c) => c.id));
  const errors = config.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new UsageError(`The settings made from these answers are not valid:\n${errors.map((d) => `  line ${d.line}: ${d.message}`).join('\n')}`);
  writeDistrict(target, files, existsSync(target));

  const out = [`Created the district repository for ${answers.districtName} in ${show(target)}:`];
  out.push(`  cssp.config.yaml  ${answers.sites.length} school${answers.sites.length === 1 ? '' : 's'}, the ${answers.year} calendar (starting dates: check them against your board's)`);
  out.push('  plans/, standards/ (with starters/ to review), README.md, package.json (pins cssp), .github/workflows/cssp.yml, .gitignore, .gitattributes');
  if (answers.sites.length === 0) out.push('  No schools yet: list them under sites: in cssp.config.yaml.');
  if (opts.git !== false) out.push('', ...(await commitNewDistrict(target, [...files.keys()])));
  const cd = show(target) === '.' ? [] : [`cd ${show(target)}`];
  const steps = [...cd, 'npm install                 # installs the pinned cssp; writes package-lock.json', 'git add package-lock.json && git commit -m "Lock cssp"', 'npx cssp check              # each school is listed as not started', 'npx cssp new                # start a school\'s plan, on its own branch'];
  out.push('', 'Next steps:', ...steps.map((s, i) => `  ${i + 1}. ${s}`));
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}
