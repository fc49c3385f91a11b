// The site registry from a CSV that district staff export from a spreadsheet or the California
// School Directory: a BOM, CRLF line ends, quoted fields with commas and CDS codes with leading
// zeros all occur, so a real CSV parser reads it (csv-parse) and every value stays a string.
import { parse } from 'csv-parse/sync';
import type { RegistrySite } from '../plan/types.generated.js';

export const LEVELS = ['elementary', 'middle', 'high', 'k8', 'k12', 'continuation', 'other'] as const;
const GRADES = /^(TK|K|[1-9]|1[0-2])(-(K|[1-9]|1[0-2]))?$/;
const CDS = /^[0-9]{2}-?[0-9]{5}-?[0-9]{7}$/;

// Headers as people write them: "CDS Code", "cds_code", "School Name", "Grade Span".
const COLUMNS: Record<keyof Omit<RegistrySite, 'active' | 'languages'>, string[]> = {
  id: ['id', 'siteid'],
  name: ['name', 'schoolname', 'sitename', 'school'],
  level: ['level', 'schoollevel'],
  grades: ['grades', 'gradespan', 'gradelevels'],
  cdsCode: ['cdscode', 'cds'],
};
const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** "Lincoln Elementary School" -> "lincoln-elementary-school": a site id from a name. */
export const siteIdOf = (name: string): string =>
  name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

export class SitesCsvError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** What is wrong with one site, or nothing; the same words for a CSV row and a prompt. */
export function siteProblems(site: Partial<RegistrySite>): string[] {
  const out: string[] = [];
  if (!site.name) out.push('the name is empty');
  if (!site.id || !/^[a-z0-9][a-z0-9-]*$/.test(site.id)) out.push(`the id "${site.id ?? ''}" must be lower-case letters, digits and dashes, like lincoln-elementary`);
  if (!LEVELS.includes(site.level as (typeof LEVELS)[number])) out.push(`the level "${site.level ?? ''}" must be one of ${LEVELS.join(', ')}`);
  if (!GRADES.test(site.grades ?? '')) out.push(`the grades "${site.grades ?? ''}" must be a range like TK-5, 6-8 or 9-12`);
  if (site.cdsCode && /^[0-9]{13}$/.test(site.cdsCode)) out.push(`the CDS code ${site.cdsCode} has 13 digits: a spreadsheet probably dropped its leading zero (format the column as text, or write it 0${site.cdsCode})`);
  else if (site.cdsCode && !CDS.test(site.cdsCode)) out.push(`the CDS code "${site.cdsCode}" must have 14 digits`);
  return out;
}

export function parseSitesCsv(input: string | Uint8Array): RegistrySite[] {
  let rows: string[][];
  try {
    rows = parse(input, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (err) {
    throw new SitesCsvError([(err as Error).message]);
  }
  const [header, ...records] = rows;
  const index = Object.fromEntries(Object.entries(COLUMNS).map(([key, names]) => [key, (header ?? []).findIndex((h) => names.includes(squash(h)))])) as Record<keyof typeof COLUMNS, number>;
  const missing = (['name', 'level', 'grades'] as const).filter((k) => index[k] < 0);
  if (!header || missing.length) {
    throw new SitesCsvError([`the first line must name the columns; missing: ${missing.join(', ')} (found: ${(header ?? []).join(', ') || 'nothing'})`]);
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  const sites = records.map((row, i) => {
    const cell = (key: keyof typeof COLUMNS) => (index[key] >= 0 ? (row[index[key]] ?? '') : '');
    const name = cell('name');
    const site: RegistrySite = { id: cell('id') || siteIdOf(name), name, level: cell('level').toLowerCase() as RegistrySite['level'], grades: cell('grades').toUpperCase() };
    if (cell('cdsCode')) site.cdsCode = cell('cdsCode');
    const found = siteProblems(site);
    if (seen.has(site.id)) found.push(`the id ${site.id} is used by an earlier row`);
    seen.add(site.id);
    // Row numbers as a spreadsheet shows them: the header is row 1 (blank lines aside).
    problems.push(...found.map((p) => `row ${i + 2}${name ? ` (${name})` : ''}: ${p}`));
    return site;
  });
  if (problems.length) throw new SitesCsvError(problems);
  return sites;
}
