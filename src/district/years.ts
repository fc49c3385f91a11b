// Which plans a site has on file, and the school years around them.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isSchoolYear } from '../plan/school-year.js';

export { isConsecutiveYear, nextSchoolYear, schoolYearOn, schoolYearStarting } from '../plan/school-year.js';

/** The school years with a plan for `siteId` in the plans folder, oldest first. */
export function planYears(plansFolder: string, siteId: string): string[] {
  if (!existsSync(plansFolder)) return [];
  return readdirSync(plansFolder)
    .filter((name) => isSchoolYear(name) && existsSync(join(plansFolder, name, `${siteId}.yaml`)))
    .sort();
}

/** Every school-year folder in the plans folder, oldest first. */
export function yearFolders(plansFolder: string): string[] {
  return existsSync(plansFolder) ? readdirSync(plansFolder).filter(isSchoolYear).sort() : [];
}
