// What `cssp new` needs to know, from flags or, on a terminal, from prompts. Every answer is checked
// as it is given (a prompt shows the problem and asks again; a flag stops the run with exit 2), and
// without a terminal nothing is ever asked.
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { askConfirm, askSelect, askText } from '../io/prompts.js';
import { schoolYearBegins, validateYear } from '../plan/school-year.js';
import { isUnreadable } from '../check/usable.js';
import { readPlan } from '../plan/read-plan.js';
import type { District } from '../district/save.js';
import type { Member, RegistrySite } from '../plan/types.generated.js';
import { isIsoDate } from '../util/iso-date.js';
import { nextSchoolYear, planYears, schoolYearOn, yearFolders } from '../district/years.js';

export interface NewFlags {
  site?: string;
  year?: string;
  from?: string;
  carryForward?: boolean;
  committeeFile?: string;
  meetingDate?: string;
  meetingPlace?: string;
  yes?: boolean;
}

export interface NewAnswers {
  site: RegistrySite;
  year: string;
  /** The school year to carry forward from, or undefined for a new skeleton. */
  from: string | undefined;
  /** undefined: keep last year's (carry-forward) or none (skeleton). */
  members: Member[] | undefined;
  meeting: { date: string; location: string } | undefined;
}

const EXAMPLE = 'cssp new --site lincoln-elementary --year 2027-28 --yes';

const check = (result: true | string, flag: string) => {
  if (result !== true) throw new UsageError(`${flag}: ${result}`);
};

export function validateMeetingDate(year: string) {
  return (v: string): true | string => {
    if (!v.trim()) return true;
    if (!isIsoDate(v.trim())) return 'write the date as YYYY-MM-DD, for example 2028-02-10.';
    const adoptBy = `${Number(year.slice(0, 4)) + 1}-03-01`;
    return v >= schoolYearBegins(year) && v <= adoptBy ? true : `the public meeting comes before adoption, between ${schoolYearBegins(year)} and ${adoptBy}.`;
  };
}

/** Committee members from a YAML file: a list of members, or `members:` with one. */
export function readCommitteeFile(path: string): Member[] {
  // Read as plans are: regular files only (a pipe or /dev/zero is refused, not read forever), size-limited.
  const source = readPlan(path);
  const problem = source.diagnostics.find(isUnreadable);
  if (problem) throw new UsageError(`Cannot read the committee file ${path}: ${problem.line}:${problem.column} ${problem.message}`, problem.hint);
  const { data } = source;
  const list = Array.isArray(data) ? data : (data as { members?: unknown } | null)?.members;
  const bad = Array.isArray(list) ? list.findIndex((m) => typeof (m as Member | null)?.name !== 'string' || typeof (m as Member | null)?.role !== 'string') : 0;
  if (!Array.isArray(list) || bad >= 0) {
    throw new UsageError(`The committee file ${path} must list members, each with name: and role: (entry ${bad + 1} does not).`, 'For example:\n- name: Dana Lee\n  role: principal\n- name: Sam Ortiz\n  role: teacher');
  }
  return list as Member[];
}

export async function gatherAnswers(flags: NewFlags, district: District, ctx: { interactive: boolean; cwd: string; today: string }): Promise<NewAnswers> {
  const { config } = district;
  const plansFolder = resolve(district.root, district.plansDir);
  const ask = ctx.interactive && !flags.yes;
  const active = config.sites.filter((s) => s.active !== false);
  // 1. Site: the only answer without a default.
  let siteId = flags.site;
  if (!siteId && !ctx.interactive) {
    throw new UsageError(
      'cssp new cannot ask which site (there is no terminal), and --site was not given.',
      `Missing: --site <id> (one of: ${active.map((s) => s.id).join(', ') || 'none in cssp.config.yaml'}). The rest have defaults. For example:\n  ${EXAMPLE}`,
    );
  }
  siteId ??= await askSelect({ message: 'Which site?', choices: active.map((s) => ({ name: `${s.name} (${s.id})`, value: s.id, description: `${s.level}, grades ${s.grades}` })) });
  const site = config.sites.find((s) => s.id === siteId);
  if (!site) throw new UsageError(`--site ${siteId} is not in the site registry of cssp.config.yaml.`, `Sites: ${active.map((s) => s.id).join(', ')}.`);
  // 2. School year: the one after the site's newest plan (or the district's), else this one.
  const onFile = planYears(plansFolder, site.id);
  const newest = onFile.at(-1) ?? yearFolders(plansFolder).at(-1);
  const defaultYear = newest ? nextSchoolYear(newest) : schoolYearOn(ctx.today);
  const year = flags.year ?? (ask ? (await askText({ message: 'Which school year?', default: defaultYear, validate: validateYear })).trim() : defaultYear);
  check(validateYear(year), '--year');
  // 3. Carry forward: from --from, else the newest earlier plan, yes by default.
  const earlier = onFile.filter((y) => y < year);
  if (flags.from && !onFile.includes(flags.from)) throw new UsageError(`--from ${flags.from}: there is no ${site.id} plan for ${flags.from}.`, `Plans on file for ${site.id}: ${onFile.join(', ') || 'none'}.`);
  let from = flags.carryForward === false ? undefined : (flags.from ?? earlier.at(-1));
  if (from && ask && !flags.from) {
    from = (await askConfirm({ message: `Carry forward the ${from} plan (comments, sections and responder data kept; drills and meeting records cleared)?`, default: true })) ? from : undefined;
  }
  // 4. Committee members: a file, last year's (offered for review), or none yet.
  let members = flags.committeeFile ? readCommitteeFile(resolve(ctx.cwd, flags.committeeFile)) : undefined;
  if (!members && ask && from) members = await reviewMembers(plansFolder, from, site.id, ctx.cwd);
  // 5. The planned public meeting (EC 32288(b)): both or neither.
  const validDate = validateMeetingDate(year);
  let date = flags.meetingDate;
  let location = flags.meetingPlace;
  if (ask && date === undefined) date = (await askText({ message: 'Planned public meeting date (YYYY-MM-DD, Enter to skip)?', validate: validDate })).trim() || undefined;
  if (ask && date && location === undefined) location = (await askText({ message: 'Where on the school site?', default: 'Library', validate: (v) => (v.trim() ? true : 'say where, for example Library.') })).trim();
  if (date !== undefined) check(validDate(date), '--meeting-date');
  if (!!date !== !!location) throw new UsageError('Give both --meeting-date and --meeting-place, or neither: a plan records the meeting with its date and place.');
  return { site, year, from, members, meeting: date && location ? { date, location } : undefined };
}

async function reviewMembers(plansFolder: string, from: string, siteId: string, cwd: string): Promise<Member[] | undefined> {
  const plan = readPlan(resolve(plansFolder, from, `${siteId}.yaml`)).data as { committee?: { members?: Member[] } } | undefined;
  const last = plan?.committee?.members ?? [];
  if (last.length === 0) return undefined;
  const list = last.map((m) => `  - ${m.name} (${m.role}${m.title ? `, ${m.title}` : ''})`).join('\n');
  if (await askConfirm({ message: `Last year's committee:\n${list}\nKeep these ${last.length} members (edit the plan later for changes)?`, default: true })) return undefined;
  const file = await askText({
    message: 'A YAML file listing this year\'s members (name: and role: each)?',
    validate: (v) => {
      try {
        readCommitteeFile(resolve(cwd, v.trim()));
        return true;
      } catch (err) {
        return (err as Error).message;
      }
    },
  });
  return readCommitteeFile(resolve(cwd, file.trim()));
}
