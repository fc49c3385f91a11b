// cssp drill add: answers (flags or prompts) -> the plan for that site and year -> the drill spliced
// in date order and checked like `cssp check` -> atomic write, unless the file changed meanwhile ->
// what the drill counts toward -> optionally a commit of that one file.
import { readText } from '../util/files.js';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { askRecord, askWhere, type DrillAddFlags } from '../drill/answers.js';
import { commitPlanFile } from '../io/commit-plan-file.js';
import { creditLines } from '../drill/credit.js';
import { drillFindingsBefore, existingDrills, insertDrill } from '../drill/insert.js';
import { calendarOf } from '../plan/drill-answers.js';
import { CsspError, UsageError } from '../errors.js';
import type { Io } from '../io/std.js';
import type { PartialPlan } from '../plan/partial-plan.js';
import { planPath } from '../plan/paths.js';
import { openDistrictFrom } from '../district/open.js';
import { parseText } from '../plan/source.js';
import { writeFileAtomic } from '../plan/write.js';
import { today } from '../util/iso-date.js';

export interface DrillAddOptions extends DrillAddFlags {
  output?: string;
  commit?: boolean;
  root?: string;
  interactive?: boolean;
  /** Tests: the day to treat as today. */
  asOf?: string;
}

export async function runDrillAdd(opts: DrillAddOptions, io: Io): Promise<number> {
  if (opts.commit && opts.output) throw new UsageError('--commit commits the plan in place; it cannot be used with -o.');
  const district = openDistrictFrom(opts.root, io.cwd, 'Run cssp drill add inside your district folder.');
  const { root } = district;
  const ctx = { interactive: opts.interactive ?? io.stdinIsTTY, today: opts.asOf ?? today() };
  const where = await askWhere(opts, district, ctx);
  const file = resolve(root, planPath(district.plansDir, where.year, where.site.id));
  const show = (p: string) => relative(io.cwd, p) || p;
  if (!existsSync(file)) {
    throw new UsageError(`There is no ${where.year} plan for ${where.site.name} (${show(file)}).`, `Run \`cssp new --site ${where.site.id} --year ${where.year}\` first, then log the drill.`);
  }
  const original = readText(file);
  const before = drillFindingsBefore(file, original, district, ctx.today);
  const lastConductedBy = existingDrills(original).map((d) => d.conductedBy).filter((c): c is string => typeof c === 'string').at(-1);
  const drill = await askRecord(opts, where, district, { ...ctx, lastConductedBy });
  const target = opts.output ? resolve(io.cwd, opts.output) : file;
  const result = insertDrill(file, original, drill, district, ctx.today, before);
  // The answers took time; someone (or an editor's autosave) may have saved the plan meanwhile.
  if (readText(file) !== original) {
    throw new CsspError(`${show(file)} changed on disk while cssp was working, so the drill was not logged (the file keeps that change).`, 'Run cssp drill add again.');
  }
  writeFileAtomic(target, result.text);

  const plan = parseText(result.text).data as PartialPlan | undefined;
  const out = [`Logged the ${drill.type} drill of ${drill.date} at ${drill.time} in ${show(target)} (entry ${result.index + 1} under drills:).`];
  const credit = creditLines({ plan, config: district.config, calendar: calendarOf(where.year, district.config), siteName: where.site.name, type: drill.type, date: drill.date, asOf: ctx.today });
  out.push(...credit.map((l) => `  ${l}`));
  for (const d of result.notes) out.push(`  ${d.severity} ${d.line}:${d.column} ${d.message} (${d.ruleId})`);
  let code = 0;
  if (opts.commit) {
    const git = await commitPlanFile(file, `Log ${drill.type} drill ${drill.date} at ${where.site.name}`);
    out.push(...git.lines);
    if (!git.committed) code = 1;
  }
  io.stdout(`${out.join('\n')}\n`);
  return code;
}
