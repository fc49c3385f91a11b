// The record of one delivery, and which plan it belongs to. The entry holds the plan's version
// label and the content hash the delivered edition prints (its version stamp's), so `cssp check`
// can later tell, from the plan alone, whether the agency's copy is still current.
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { planYears } from '../district/years.js';
import { outsideCycle, planCycle } from '../plan/plan-cycle.js';
import type { District } from '../district/save.js';
import { isSchoolYear } from '../plan/school-year.js';
import type { Distribution, Plan } from '../plan/types.generated.js';

export interface Delivery {
  agency: string;
  type: Distribution['type'];
  edition: Distribution['edition'];
  date: string;
  method?: string;
  receivedBy?: string;
}

/** The entry for `distribution:`, fields in the schema's order. */
export function distributionEntry(d: Delivery, plan: Plan, contentHash: string, commit: string | undefined): Distribution {
  return {
    agency: d.agency,
    type: d.type,
    edition: d.edition,
    ...(plan.version ? { version: plan.version } : {}),
    contentHash,
    ...(commit ? { commit } : {}),
    date: d.date,
    ...(d.method?.trim() ? { method: d.method.trim() } : {}),
    ...(d.receivedBy?.trim() ? { receivedBy: d.receivedBy.trim() } : {}),
  };
}

/** The plan a delivery on `date` belongs to: --year, else the plan whose cycle holds the date. */
export function planYearFor(district: District, siteId: string, date: string, year: string | undefined): string {
  const years = planYears(join(district.root, district.plansDir), siteId).reverse(); // newest first
  if (year !== undefined) {
    if (!isSchoolYear(year)) throw new UsageError(`--year ${String(year)} is not a school year.`, 'Write it like 2026-27.');
    if (!years.includes(year)) throw new UsageError(`There is no ${year} plan for ${siteId}.`, years.length ? `Plans on file: ${years.join(', ')}.` : `Start one with cssp new --site ${siteId}.`);
    return year;
  }
  const found = years.find((y) => outsideCycle(date, planCycle(y, district.config)) === undefined);
  if (found) return found;
  throw new UsageError(
    years.length ? `No plan of ${siteId} covers ${date} (plans on file: ${years.join(', ')}).` : `There is no plan for ${siteId}.`,
    years.length ? 'Give --year for the plan that was delivered.' : `Start one with cssp new --site ${siteId}.`,
  );
}
