// cssp new: answers (flags or prompts) -> plan text (carry-forward or skeleton) -> checked, atomic
// write -> maps copied -> branch and commit -> summary and next steps.
import { districtFileStatus, readRegularFile, readText } from '../util/files.js';
import { writeFileAtomic } from '../plan/write.js';
import type { SectionKey } from '../plan/sections.js';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Io } from '../io/std.js';
import { carryForward } from '../new/carry-forward.js';
import { commitNewPlan } from '../new/git-step.js';
import { schemaModeline } from '../new/modeline.js';
import { buildSkeleton } from '../plan/skeleton.js';
import { requirementsSince, sectionsInForce, timeline } from '../law/applies.js';
import { REQUIREMENTS } from '../law/requirements.js';
import { adoptedOn, yearStart } from '../plan/deadlines.js';
import type { PartialPlan } from '../plan/partial-plan.js';
import { springYear } from '../plan/school-year.js';
import { parseText } from '../plan/source.js';
import { longDate } from '../util/long-date.js';
import { gatherAnswers, type NewAnswers, type NewFlags } from '../new/answers.js';
import { planPath } from '../plan/paths.js';
import { openDistrictFrom, type District } from '../district/open.js';
import { checkPlanText, savePlan } from '../district/save.js';
import { today } from '../util/iso-date.js';

export interface NewCommandOptions extends NewFlags {
  force?: boolean;
  git?: boolean;
  output?: string;
  root?: string;
  interactive?: boolean;
  /** Today, for tests: what is in force and due is decided as of this date. */
  asOf?: string;
}

export async function runNew(opts: NewCommandOptions, io: Io): Promise<number> {
  const district = openDistrictFrom(opts.root, io.cwd, 'Run cssp new inside your district folder, or start a district with `cssp init`.');
  const { root } = district;
  const asOf = opts.asOf ?? today();
  const answers = await gatherAnswers(opts, district, { interactive: opts.interactive ?? io.stdinIsTTY, cwd: io.cwd, today: asOf });
  const file = opts.output ? resolve(io.cwd, opts.output) : resolve(root, planPath(district.plansDir, answers.year, answers.site.id));
  const made = makePlan(answers, district, file, asOf);
  savePlan(file, made.text, district, { asOf, force: opts.force });
  const maps = copyMaps(made.maps, answers, district, file, opts.force);
  // Checked again now the maps are beside it, so the count is what `cssp check` will say.
  const findings = checkPlanText(file, made.text, district, asOf);
  const show = (p: string) => relative(io.cwd, p) || '.';

  const out: string[] = [`Wrote ${show(file)} (${answers.from ? `carried forward from ${answers.from}` : 'a new plan with every section to write'}).`];
  out.push(...made.summary);
  if (maps.copied.length) out.push(`  copied:  ${maps.copied.map(show).join(', ')}`);
  if (maps.missing.length) out.push(`  missing: ${maps.missing.join(', ')} (named in last year's plan but not found; add them beside the plan)`);
  const errors = findings.filter((d) => d.severity === 'error').length;
  out.push(`  to do:   cssp check lists ${findings.length} finding${findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}) for this plan.`);
  let committed = false;
  if (opts.git !== false && !opts.output) {
    const git = await commitNewPlan({ cwd: root, branch: `cssp/${answers.site.id}-${answers.year}`, files: [file, ...maps.copied], message: commitMessage(answers) });
    committed = git.committed;
    out.push('', ...git.lines);
  }
  out.push('', 'Next steps:', `  1. Edit ${show(file)}: review what was kept, and write what cssp check lists (or run cssp edit ${show(file)} to write it in a form in your browser).`, `  2. cssp check ${show(file)}`);
  // Commit only the plan (and its maps): `git commit -am` would sweep in whatever else is changed.
  const planFiles = [file, ...maps.copied].map((f) => relative(root, f).split('\\').join('/')).join(' ');
  if (committed) out.push(`  3. git commit -m "${answers.site.name}: update ${answers.year} plan" -- ${planFiles}, then git push -u origin cssp/${answers.site.id}-${answers.year}`, '  4. Open a pull request; CI runs cssp check on it.');
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}

function makePlan(a: NewAnswers, district: District, file: string, asOf: string): { text: string; summary: string[]; maps: string[] } {
  const modeline = schemaModeline(dirname(file), district.root);
  // The law's sections, and those district policy makes the law ask: with lockdown drills counted as
  // armed-assailant drills, every school (all run lockdown drills) needs the AB 1858 procedures.
  const byPolicy: SectionKey[] = district.config.drillPolicy?.lockdownAsArmedAssailant ? ['armedAssailantDrills'] : [];
  const lawSections = [...new Set([...sectionsInForce(asOf, `${springYear(a.year)}-06-30`), ...byPolicy])];
  if (a.from) {
    const text = readText(resolve(district.root, planPath(district.plansDir, a.from, a.site.id)));
    const r = carryForward({ text, fromYear: a.from, toYear: a.year, modeline, members: a.members, meeting: a.meeting, lawSections });
    const summary = [`  kept:    ${r.kept.join(', ')}`, `  cleared: ${r.cleared.join(', ') || 'nothing to clear'}`];
    summary.push(...newLaw(text, asOf, r.added));
    if (r.staleComments.length) summary.push(`  review:  comments naming ${a.from} on line${r.staleComments.length === 1 ? '' : 's'} ${r.staleComments.join(', ')}`);
    return { text: r.text, summary, maps: r.maps };
  }
  const standardsDir = join(district.root, 'standards');
  const standards = new Set(existsSync(standardsDir) ? readdirSync(standardsDir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)) : []);
  const lawSays = Object.fromEntries(REQUIREMENTS.filter((q) => q.section).map((q) => [q.section!, q.says]));
  const r = buildSkeleton({ site: a.site, year: a.year, modeline, districtName: district.config.district.name, standards, members: a.members ?? [], meeting: a.meeting, lawSections, lawSays });
  const summary = [`  sections: ${r.notWritten.length} marked not written${r.fromStandards.length ? `, ${r.fromStandards.length} from district standards (${r.fromStandards.join(', ')})` : ''}`];
  return { text: r.text, summary, maps: [] };
}

/** Copies the maps last year's plan names into the new plan's folder (same relative paths). */
function copyMaps(maps: readonly string[], a: NewAnswers, district: District, file: string, force?: boolean) {
  const copied: string[] = [];
  const missing: string[] = [];
  if (!a.from) return { copied, missing };
  const fromDir = resolve(district.root, district.plansDir, a.from);
  for (const map of new Set(maps)) {
    const source = resolve(fromDir, map);
    const target = resolve(dirname(file), map);
    // A map last year's plan names is copied only from inside the district (a path or link out of it is not read).
    if (districtFileStatus(source, district.root) !== 'ok') missing.push(map);
    else if (force || !existsSync(target)) {
      writeFileAtomic(target, readRegularFile(source, { within: district.root }));
      copied.push(target);
    }
  }
  return { copied, missing };
}

const commitMessage = (a: NewAnswers) =>
  `${a.site.name}: start the ${a.year} safety plan\n\n` +
  (a.from ? `Carried forward from ${a.from} by cssp new: sections and responder data kept;\ndrills, consultations, meeting, adoption, approval and distribution cleared.` : 'A new plan from cssp new: every section marked not written yet.');

/**
 * What the law added since last year's plan was adopted (or, not adopted, since its school year
 * began): each requirement with its dates, and the sections added for it, marked not written.
 */
function newLaw(lastYearsText: string, asOf: string, added: readonly string[]): string[] {
  const last = parseText(lastYearsText).data as PartialPlan | undefined;
  const since = (last && adoptedOn(last)) ?? (last && yearStart(last));
  if (!since) return [];
  const since_ = requirementsSince(REQUIREMENTS, since).filter((r) => r.effective <= asOf);
  if (since_.length === 0) return [];
  return [
    `  new law: since last year's plan was adopted (${longDate(since)}), ${since_.length === 1 ? 'this requirement took' : 'these requirements took'} effect:`,
    ...since_.map((r) => `    - ${r.title} (${r.source.bill}, ${r.source.year}): ${timeline(r, longDate)}${r.section && added.includes(r.section) ? `; section ${r.section} added, marked not written` : ''}`),
  ];
}
