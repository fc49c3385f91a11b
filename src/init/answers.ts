// What `cssp init` needs, from flags or, on a terminal, from prompts, each checked as it is given.
// Only the district's name and CDS code have no default; without a terminal nothing is asked, and
// a missing one stops the run at once (exit 2) with the flags to add.
import { readRegularFile } from '../util/files.js';

import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { askSelect, askText } from '../io/prompts.js';
import { schoolYearOn } from '../plan/school-year.js';
import type { RegistrySite } from '../plan/types.generated.js';
import { validateYear } from '../plan/school-year.js';
import { defaultCalendar } from './calendar.js';
import type { DistrictAnswers } from './config-text.js';
import { LEVELS, parseSitesCsv, siteIdOf, siteProblems, SitesCsvError } from './sites-csv.js';

export interface InitFlags {
  districtName?: string;
  cdsCode?: string;
  year?: string;
  sitesCsv?: string;
  yes?: boolean;
}

export const EXAMPLE = 'cssp init my-district --district-name "Lincoln Unified School District" --cds-code 01-61119 --sites-csv sites.csv --yes';

const validateName = (v: string): true | string => (v.trim() ? true : 'write the full legal name of the district.');
export const validateCds = (v: string): true | string =>
  /^[0-9]{2}-?[0-9]{5}(-?[0-9]{7})?$/.test(v.trim()) ? true : 'write the 7-digit County-District code (like 01-61119) or the 14-digit CDS code.';

const check = (result: true | string, flag: string) => {
  if (result !== true) throw new UsageError(`${flag}: ${result}`);
};

export function readSitesCsv(path: string, given: string): RegistrySite[] {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path, { limit: 10 * 1024 * 1024 });
  } catch (err) {
    throw new UsageError(`Cannot read the sites file ${given}: ${(err as Error).message}.`);
  }
  try {
    return parseSitesCsv(bytes);
  } catch (err) {
    if (!(err instanceof SitesCsvError)) throw err;
    throw new UsageError(`The sites file ${given} has problems:\n${err.problems.map((p) => `  ${p}`).join('\n')}`, 'Columns: id (optional), name, level, grades, CDS code. For example:\nid,name,level,grades,cds code\nlincoln-elementary,Lincoln Elementary School,elementary,TK-5,01611926000001');
  }
}

export async function gatherInitAnswers(flags: InitFlags, ctx: { interactive: boolean; cwd: string; today: string }): Promise<DistrictAnswers> {
  const missing = [!flags.districtName && '--district-name <name>', !flags.cdsCode && '--cds-code <code>'].filter(Boolean);
  if (missing.length && !ctx.interactive) {
    throw new UsageError(`cssp init cannot ask for the district (there is no terminal), and ${missing.length === 1 ? 'this flag was' : 'these flags were'} not given.`, `Missing: ${missing.join(', ')}. The rest have defaults. For example:\n  ${EXAMPLE}`);
  }
  const ask = ctx.interactive && !flags.yes;
  // 1. The district: asked on a terminal even with --yes, as there is no default.
  const districtName = (flags.districtName ?? (await askText({ message: 'District name (full legal name)?', validate: validateName }))).trim();
  check(validateName(districtName), '--district-name');
  const cdsCode = (flags.cdsCode ?? (await askText({ message: 'District CDS code (7 digits, like 01-61119)?', validate: validateCds }))).trim();
  check(validateCds(cdsCode), '--cds-code');
  // 2. The school year whose calendar the config starts with: this one by default.
  const thisYear = schoolYearOn(ctx.today);
  const year = (flags.year ?? (ask ? await askText({ message: 'School year of the first calendar?', default: thisYear, validate: validateYear }) : thisYear)).trim();
  check(validateYear(year), '--year');
  // 3. The site registry: a CSV, or one site at a time on a terminal, or none yet.
  let sites: RegistrySite[] = [];
  if (flags.sitesCsv) sites = readSitesCsv(resolve(ctx.cwd, flags.sitesCsv), flags.sitesCsv);
  else if (ask) sites = await askSites(ctx.cwd);
  return { districtName, cdsCode, year, calendar: defaultCalendar(year), sites };
}

const GRADES_BY_LEVEL: Record<string, string> = { elementary: 'TK-5', middle: '6-8', high: '9-12', k8: 'TK-8', k12: 'TK-12', continuation: '10-12', other: 'K-12' };

async function askSites(cwd: string): Promise<RegistrySite[]> {
  const file = (await askText({
    message: 'A CSV file of your schools (columns: id, name, level, grades, CDS code), or Enter to add them one by one?',
    validate: (v) => {
      if (!v.trim()) return true;
      try {
        readSitesCsv(resolve(cwd, v.trim()), v.trim());
        return true;
      } catch (err) {
        return (err as Error).message;
      }
    },
  })).trim();
  if (file) return readSitesCsv(resolve(cwd, file), file);
  const sites: RegistrySite[] = [];
  for (;;) {
    const name = (await askText({ message: `School ${sites.length + 1} name (Enter when done)?` })).trim();
    if (!name) return sites;
    const level = await askSelect({ message: `${name}: level?`, choices: LEVELS.map((l) => ({ name: l, value: l })) });
    const grades = (await askText({ message: `${name}: grades?`, default: GRADES_BY_LEVEL[level], validate: (v) => siteProblems({ id: 'x', name, level, grades: v.trim().toUpperCase() })[0] ?? true })).trim().toUpperCase();
    const cdsCode = (await askText({ message: `${name}: 14-digit CDS code (Enter to add later)?`, validate: (v) => (v.trim() ? (siteProblems({ id: 'x', name, level, grades, cdsCode: v.trim() })[0] ?? true) : true) })).trim();
    // The id names the plan files; two schools of one name get -2, -3.
    const base = siteIdOf(name) || `site-${sites.length + 1}`;
    let id = base;
    for (let n = 2; sites.some((s) => s.id === id); n++) id = `${base}-${n}`;
    sites.push({ id, name, level, grades, ...(cdsCode ? { cdsCode } : {}) });
  }
}
