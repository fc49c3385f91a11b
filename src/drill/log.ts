// The drill logs of a school year's plans, read for `cssp drill list`, `due` and `export`.
// A plan that cannot be read is reported, not fatal: the other sites still list.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { yearFolders } from '../district/years.js';
import { drillEntries } from '../plan/drills.js';
import type { DeepPartial, PartialPlan } from '../plan/partial-plan.js';
import { planPath } from '../plan/paths.js';
import type { District } from '../district/save.js';
import { schoolYearOn } from '../plan/school-year.js';
import { readPlan } from '../plan/read-plan.js';
import type { Drill, RegistrySite } from '../plan/types.generated.js';
import { yearOfDate } from '../plan/drill-answers.js';

export interface SitePlan {
  site: RegistrySite;
  file: string;
  text: string;
  plan: PartialPlan | undefined;
}

export interface LogRow {
  site: RegistrySite;
  drill: DeepPartial<Drill>;
}

/** --year, else the school year holding `asOf` when it has plans, else the newest on file. */
export function pickYear(district: District, year: string | undefined, asOf: string): string {
  if (year) return year;
  const folders = yearFolders(resolve(district.root, district.plansDir));
  const current = yearOfDate(asOf, district.config);
  return folders.includes(current) ? current : (folders.at(-1) ?? schoolYearOn(asOf));
}

/** The plans of `year` for `siteId` (or every site in the registry), with what could not be read. */
export function readPlans(district: District, year: string, siteId?: string): { plans: SitePlan[]; problems: string[] } {
  const sites = siteId ? district.config.sites.filter((s) => s.id === siteId) : district.config.sites;
  if (siteId && sites.length === 0) throw new UsageError(`--site ${siteId} is not in the site registry of cssp.config.yaml.`);
  const plans: SitePlan[] = [];
  const problems: string[] = [];
  for (const site of sites) {
    const file = resolve(district.root, planPath(district.plansDir, year, site.id));
    if (!existsSync(file)) {
      if (siteId || site.active !== false) problems.push(`${site.name}: no ${year} plan (${planPath(district.plansDir, year, site.id)}).`);
      continue;
    }
    const source = readPlan(file);
    const text = source.text;
    if (source.data === undefined) problems.push(`${site.name}: ${planPath(district.plansDir, year, site.id)} could not be read as YAML (cssp check says where).`);
    plans.push({ site, file, text, plan: source.data as PartialPlan | undefined });
  }
  return { plans, problems };
}

/** Every drill entry of the plans, in each plan's order, optionally of one type. */
export function logRows(plans: readonly SitePlan[], type?: string): LogRow[] {
  return plans.flatMap((p) => drillEntries(p.plan).map(({ drill }) => ({ site: p.site, drill }))).filter((r) => !type || r.drill.type === type);
}
