// Committee rosters as real plans print them, recognised by what they say (people with school
// roles), not only by the heading above them: a "Name | Title | Representing" table, an "Approved
// by: Name | Title | Signature | Date" block on the cover, a "Principal | Jane Doe" table with no
// header row, two people to a row, or "Jane Doe, Principal" lines under a roster heading.
import type { Member } from '../plan/types.generated.js';
import { countWords } from './words.js';

/** A member's role from their title: the first that fits, in this order (a police officer who is a parent sits for the police). */
export function inferRole(title: string): Member['role'] {
  const t = title.toLowerCase();
  if (/police|sheriff|law enforcement|resource officer|\bsro\b|officer|deputy/.test(t)) return 'law-enforcement';
  if (/\bfire\b|firefighter|fire (dept|department|district|captain|marshal)/.test(t)) return 'fire';
  if (/principal|administrator|designee/.test(t)) return 'principal';
  if (/student|pupil|\basb\b/.test(t)) return 'student';
  if (/parent|guardian|community member/.test(t)) return 'parent';
  if (/teacher|certificated|instructor/.test(t)) return 'teacher';
  if (/classified|custodian|secretary|clerk|office manager|aide|assistant|campus supervisor|csea|paraprofessional/.test(t)) return 'classified';
  return 'other';
}

/** A title that names a school role (not 'other'): what makes a list of names a committee roster. */
export const isSchoolRole = (title: string): boolean =>
  inferRole(title) !== 'other' || /counselor|nurse|psychologist|librarian|social worker|coordinator|\bdean\b|liaison|specialist|superintendent/i.test(title);

// "Dr. Maribel Ochoa", "Ofc. Dana Reyes", "Jo-Ann O'Neil", "Kim Lee Jr.": two to four capitalised
// words, with an optional honorific. A school role is never a name ("Assistant Principal" is not).
const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|miss|ofc|officer|capt|sgt|lt|deputy|chief|rev|sr|sra)\.?\s+/i;
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
export function looksLikeName(text: string): boolean {
  const bare = text.replace(HONORIFIC, '').replace(/,?\s+(jr|sr|ii|iii|iv)\.?$/i, '').trim();
  const words = bare.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w) || /^[\p{Lu}]\.?$/u.test(w)) && !isSchoolRole(bare);
}

/** "1.Dr. Teri Morrow" -> "Dr. Teri Morrow", and the number's words (kept in the report's count). */
export function withoutNumber(cell: string): { text: string; numberWords: number } {
  const m = /^\s*(\d{1,3})[.)]\s*/.exec(cell);
  return m ? { text: cell.slice(m[0].length), numberWords: countWords(m[1]!) } : { text: cell, numberWords: 0 };
}

export interface Roster {
  members: Member[];
  /** Words of the header row (column labels) and of numbers taken off names. */
  labelWords: number;
  numberWords: number;
}

const NAME_COL = /^(full )?names?$|^(committee |council |team )?members?( name)?$|^(plan )?(developed|prepared|written|approved|reviewed) by|^person|^representatives?$/i;
const TITLE_COL = /title|position|role|job|^represent(ing|ation)? as/i;
const REPRESENTING_COL = /represent|constituen|stakeholder|group|bargaining|organi[sz]ation|committee|council|affiliation/i;
const PHONE_COL = /phone|cell|mobile|number|^tel|e-?mail|office/i;

/** Column groups of a header: [Name, Title, Name, Title] is two people to a row. */
function groups(header: readonly string[]): { name: number; title: number; representing: number; width: number }[] | undefined {
  const name = header.findIndex((h) => NAME_COL.test(h.trim()));
  if (name < 0 || header.some((h) => PHONE_COL.test(h) && !NAME_COL.test(h))) return undefined;
  const next = header.findIndex((h, i) => i > name && NAME_COL.test(h.trim()));
  const width = next > name ? next - name : header.length - name;
  const out = [];
  for (let start = name; start + 1 <= header.length && NAME_COL.test(header[start]!.trim()); start += width) {
    const slice = header.slice(start, start + width);
    const rel = (re: RegExp, not: number[]) => slice.findIndex((h, i) => i !== 0 && !not.includes(i) && re.test(h));
    const title = rel(TITLE_COL, []);
    const representing = rel(REPRESENTING_COL, [title]);
    out.push({ name: start, title: title < 0 ? -1 : start + title, representing: representing < 0 ? -1 : start + representing, width });
    if (next < 0) break;
  }
  return out;
}

/** A table with a header row naming who is on it. */
function headedRoster(rows: readonly string[][], context: string): Roster | undefined {
  const [header = [], ...body] = rows;
  const cols = groups(header);
  if (!cols || body.length === 0) return undefined;
  const members: Member[] = [];
  let numberWords = 0;
  for (const row of body) {
    for (const g of cols) {
      const raw = row[g.name]?.trim() ?? '';
      const others = row.slice(g.name, g.name + g.width).map((c, i) => ({ c: c.trim(), i: g.name + i })).filter(({ c, i }) => c && i !== g.name && i !== g.representing);
      if (!raw) {
        if (others.length) return undefined; // a title with no name: not a roster we can read
        continue;
      }
      const { text: name, numberWords: n } = withoutNumber(raw);
      numberWords += n;
      // Every other cell (a title, a date signed) is kept in the title, so nothing of the row is lost.
      const title = others.map(({ c }) => c).join('; ');
      const representing = g.representing >= 0 ? (row[g.representing]?.trim() ?? '') : '';
      members.push({ name, role: inferRole(`${title} ${representing}`), ...(title ? { title } : {}), ...(representing ? { representing } : {}) });
    }
  }
  const roles = members.filter((m) => m.role !== 'other').length;
  const rosterHeading = ROSTER_HEADING.test(`${context} ${header.join(' ')}`) && !NOT_COMMITTEE.test(context);
  if (members.length === 0 || (!rosterHeading && roles * 2 < members.length)) return undefined;
  return { members, labelWords: header.reduce((n, c) => n + countWords(c), 0), numberWords };
}

/** "Principal | Jane Doe" rows with no header row, label first or name first. */
function labelledRoster(rows: readonly string[][]): Roster | undefined {
  if (rows.length < 2 || rows.some((r) => r.filter((c) => c.trim()).length !== 2)) return undefined;
  const pairs = rows.map((r) => r.filter((c) => c.trim()).map((c) => c.trim()) as [string, string]);
  const labelFirst = pairs.every(([a, b]) => isSchoolRole(a) && looksLikeName(withoutNumber(b).text));
  const nameFirst = !labelFirst && pairs.every(([a, b]) => looksLikeName(withoutNumber(a).text) && isSchoolRole(b));
  if (!labelFirst && !nameFirst) return undefined;
  let numberWords = 0;
  const members = pairs.map(([a, b]) => {
    const [title, rawName] = labelFirst ? [a, b] : [b, a];
    const { text: name, numberWords: n } = withoutNumber(rawName);
    numberWords += n;
    return { name, role: inferRole(title), title } satisfies Member;
  });
  return { members, labelWords: 0, numberWords };
}

/** The committee in a table, or undefined when the table is not a roster. */
export function rosterFromTable(rows: readonly string[][], context: string): Roster | undefined {
  return headedRoster(rows, context) ?? labelledRoster(rows);
}

// "Jane Doe, Principal", "Jane Doe – Principal", "Roger Adams. - Principal", "Principal: Jane Doe".
const LINE = /^(.+?)\s*(?:,|\s[–—-]\s|\s?[–—]\s?|\.\s-\s)\s*(.+)$/;
const LABEL_LINE = /^([^:]+):\s*(.+)$/;

/** One roster line as a member, or undefined. */
export function memberFromLine(line: string): { member: Member; numberWords: number } | undefined {
  const { text, numberWords } = withoutNumber(line.replace(/^[-*•]\s+/, '').trim());
  const labelled = LABEL_LINE.exec(text);
  if (labelled && isSchoolRole(labelled[1]!) && looksLikeName(labelled[2]!)) {
    return { member: { name: labelled[2]!.trim(), role: inferRole(labelled[1]!), title: labelled[1]!.trim() }, numberWords };
  }
  const m = LINE.exec(text);
  if (!m) return undefined;
  const name = m[1]!.replace(/\.$/, '').trim();
  const title = m[2]!.trim();
  if (!looksLikeName(name) || !isSchoolRole(title)) return undefined;
  return { member: { name, role: inferRole(title), title }, numberWords };
}

/** Every line a roster line: the members, or undefined. */
export function rosterFromLines(lines: readonly string[]): Roster | undefined {
  if (lines.length === 0) return undefined;
  const read = lines.map(memberFromLine);
  if (read.some((r) => r === undefined)) return undefined;
  return { members: read.map((r) => r!.member), labelWords: 0, numberWords: read.reduce((n, r) => n + r!.numberWords, 0) };
}

/** A heading (or a label line) that introduces a roster. */
export const ROSTER_HEADING = /committee|council|\bssc\b|safety team|planning team|developed by|prepared by|approved by|plan (writers|authors)|signatures?\b|members\b/i;
/** The district's board and cabinet, often listed on a plan's cover, are not its committee. */
export const NOT_COMMITTEE = /board of (trustees|education)|board members|\btrustees\b|cabinet/i;
