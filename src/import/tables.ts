// Tables of the old plan: a committee roster becomes committee.members, an emergency-contact table
// responder.contacts; any other table (or one that would not convert whole) stays Markdown.
import type { Contact, Member } from '../plan/types.generated.js';

export type TableUse =
  | { use: 'members'; members: Member[] }
  | { use: 'contacts'; contacts: Contact[] }
  | { use: 'markdown'; markdown: string; why?: string };

// The schema's Phone pattern: a contact whose number does not fit stays in a Markdown table.
const PHONE = /^[0-9()+. -]{7,}( ?(ext\.?|x) ?[0-9]+)?$/;
const NAME = /^(full )?name|^(committee )?member|^contact( name| person)?$|^person/i;
const PHONE_COL = /phone|telephone|^tel\b|^work$|^office$|number/i;
const MOBILE_COL = /cell|mobile/i;
const ROLE_COL = /role|title|position|responsibilit|agency|department|job/i;
const REPRESENTING_COL = /represent|constituen|stakeholder|group|bargaining/i;
const COMMITTEE = /committee|council|\bssc\b|members/i;

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

export function useTable(rows: readonly string[][], context: string): TableUse {
  const [header = [], ...body] = rows;
  const col = (re: RegExp, not?: number[]) => header.findIndex((h, i) => re.test(h) && !not?.includes(i));
  const name = col(NAME);
  const markdown = (why?: string): TableUse => ({ use: 'markdown', markdown: markdownTable(rows), ...(why ? { why } : {}) });
  if (name < 0 || body.length === 0) return markdown();
  const representing = col(REPRESENTING_COL, [name]);
  // A "Cell Phone" column is the mobile number, whichever side of the office number it is on.
  const phone = header.findIndex((h, i) => PHONE_COL.test(h) && !MOBILE_COL.test(h) && i !== name);
  const rosterLike = COMMITTEE.test(context) || representing >= 0;
  if (rosterLike) {
    if (body.some((r) => !r[name])) return markdown('a row has no name');
    const members = body.map((r) => {
      // Every other cell is kept in the title, so nothing of the row is lost.
      const title = r.filter((c, i) => c && i !== name && i !== representing).join('; ');
      const rep = representing >= 0 ? r[representing] : '';
      const member: Member = { name: r[name]!, role: inferRole(`${title} ${rep}`) };
      if (title) member.title = title;
      if (rep) member.representing = rep;
      return member;
    });
    return { use: 'members', members };
  }
  if (phone < 0) return markdown();
  const mobile = col(MOBILE_COL, [name, phone]);
  const role = col(ROLE_COL, [name, phone, mobile]);
  const extra = header.filter((_, i) => ![name, phone, mobile, role].includes(i));
  if (role < 0) return markdown('no column says each contact\'s role');
  if (extra.length) return markdown(`responder.contacts has no place for ${extra.join(', ')}`);
  const contacts: Contact[] = [];
  for (const r of body) {
    const [n, ro, ph, mo] = [r[name], r[role], r[phone], mobile >= 0 ? r[mobile] : ''];
    if (!n || !ro || !ph || !PHONE.test(ph) || (mo && !PHONE.test(mo))) return markdown(`the row for ${n || '(no name)'} has no single phone number in the form (555) 555-0142`);
    contacts.push({ name: n, role: ro, phone: ph, ...(mo ? { mobile: mo } : {}) });
  }
  return { use: 'contacts', contacts };
}

/** A GitHub-flavoured Markdown table, the first row as its header. */
export function markdownTable(rows: readonly string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => (r[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(rows[0] ?? []), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}
