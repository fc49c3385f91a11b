// Where things are, without touching the disk: paths into a plan document, and what a plan
// file's place (plans/<school-year>/<site-id>.yaml) says. Rules import this, so it stays pure.
import { basename, dirname } from 'node:path';
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
