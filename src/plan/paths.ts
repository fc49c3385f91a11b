// Where things are, without touching the disk: paths into a plan document, and what a plan
// file's place (<plansDir>/<school-year>/<site-id>.yaml) says. Rules import this, so it stays pure.
import { basename, dirname, posix } from 'node:path';
import { isSchoolYear } from './school-year.js';

// A path into a plan document, as rules and the schema report it: ['drills', 3, 'date'].
export type PathSegment = string | number;
export type DocPath = readonly PathSegment[];

/** `drills[3].date`, the way messages name a place in the plan. */
export function formatPath(path: DocPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out || '(top level)';
}

/** ajv's instancePath (`/drills/3/date`, RFC 6901) to a path. */
export function fromPointer(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^(0|[1-9][0-9]*)$/.test(seg) ? Number(seg) : seg));
}

/** The district settings file; its folder is the district root. */
export const CONFIG_FILE = 'cssp.config.yaml';

/** The school year and site id a plan file's place implies. */
export function placeOf(file: string): { folderYear: string | undefined; fileSiteId: string } {
  const folder = basename(dirname(file));
  return { folderYear: isSchoolYear(folder) ? folder : undefined, fileSiteId: basename(file).replace(/\.ya?ml$/, '') };
}

/** Where plans live unless cssp.config.yaml says otherwise (plansDir). */
export const DEFAULT_PLANS_DIR = 'plans';

/** plansDir from config data of any shape: a config with errors still says where plans are. */
export function plansDirOf(config: unknown): string {
  const dir = (config as { plansDir?: unknown } | null | undefined)?.plansDir;
  if (typeof dir !== 'string' || !dir.trim() || /^[/\\]/.test(dir)) return DEFAULT_PLANS_DIR;
  return dir.replace(/[/\\]+$/, '') || '.';
}

/** A plan's path from the district root, as messages show it: plans/2026-27/alpha.yaml (2026-27/alpha.yaml when plansDir is .). */
export const planPath = (plansDir: string, year: string, siteId: string): string => posix.join(plansDir, year, `${siteId}.yaml`);
