// The first cssp.config.yaml of a district, written as text with comments (rather than one
// stringify) so the staff who open it read what each part is for and what to check.
import { commentSafe } from '../plan/comment-text.js';
import { stringify } from 'yaml';
import type { Calendar, RegistrySite } from '../plan/types.generated.js';
import { packageName } from '../version.js';

export interface DistrictAnswers {
  districtName: string;
  cdsCode: string;
  year: string;
  calendar: Calendar;
  sites: RegistrySite[];
}

const block = (value: unknown) => stringify(value, { lineWidth: 0 }).trimEnd();

export function configText(a: DistrictAnswers): string {
  const sites = a.sites.length
    ? block({ sites: a.sites })
    : 'sites: []\n# For example:\n# sites:\n#   - id: lincoln-elementary\n#     name: Lincoln Elementary School\n#     level: elementary\n#     grades: TK-5\n#     cdsCode: "01611926000001"';
  return [
    `# yaml-language-server: $schema=node_modules/${packageName()}/schemas/config.schema.json`,
    `# ${commentSafe(a.districtName)}: the district's settings for cssp (made by cssp init).`,
    '# The schema line above gives completion and checks in VS Code once `npm install` has run.',
    '',
    'schemaVersion: 1',
    '',
    '# Plans live in plans/<school-year>/<site-id>.yaml.',
    'plansDir: plans',
    '',
    block({ district: { name: a.districtName, cdsCode: a.cdsCode } }),
    '',
    `# The instructional calendar of ${a.year}. These dates are a starting guess (school from mid-August`,
    '# to early June): correct them to the calendar your board adopted, since drill rules count',
    '# months, quarters and semesters from them. Add each new school year the same way.',
    block({ calendars: { [a.year]: a.calendar } }),
    '',
    '# Every school that must have a plan (EC 32281(a)). Set `active: false` on a closed school.',
    sites,
    '',
    "# The district's shared lines and inboxes that public plan text may print, each with the label",
    '# the public edition prints beside it under "Contact the district". For example:',
    '# publicContacts:',
    '#   phones:',
    '#     - { number: (555) 555-0100, label: District Safety Dispatch (24 hours) }',
    '#   emails:',
    '#     - { address: safety@district.example, label: Office of Safe Schools }',
    '',
  ].join('\n');
}
