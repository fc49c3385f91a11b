// Emergency numbers as real plans print them, wherever they are (a contacts page, the disaster
// procedures, an appendix): "Type | Vendor | Number | Comments", "Agency | Contact | Phone",
// "Name | Title | Office | Cell", or "Police | (805) 555-0100" with no header row. Each row with a
// phone number becomes a responder contact (the responder packet: never in the public edition);
// a row without one ("Emergency | 911") stays in the plan's text as a table.
import type { Contact } from '../plan/types.generated.js';
import { countWords } from './words.js';

export interface ContactTable {
  contacts: Contact[];
  /** Rows that are not contacts (no phone number), with the header: kept as a Markdown table. */
  rest: string[][];
  labelWords: number;
}

/** A North American number as the schema writes it, "(805) 555-0100" (ext. kept), or undefined. */
export function normalizePhone(text: string): string | undefined {
  const m = /^\s*(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]*(\d{3})[\s.-]*(\d{4})\s*(?:(?:ext\.?|x)\s*(\d{1,6}))?\s*$/i.exec(text);
  if (m) return `(${m[1]}) ${m[2]}-${m[3]}${m[4] ? ` ext. ${m[4]}` : ''}`;
  const local = /^\s*(\d{3})[\s.-]?(\d{4})\s*$/.exec(text);
  return local ? `${local[1]}-${local[2]}` : undefined;
}

const AROUND_THE_CLOCK = /24\s*\/\s*7|24[- ]hours?|around the clock|twenty-four/i;

const NAME = /^(full )?name$|^contact( name| person)?$|^person|^vendor|^provider|^company|^who$/i;
const AGENCY = /^agency|^organi[sz]ation|^department|^service|^type|^utility|^resource/i;
const ROLE = /role|title|position|responsibilit|^job/i;
const MOBILE = /cell|mobile/i;
const PHONE = /phone|telephone|^tel\b|^work|^office|number|^desk|^main/i;
// What a contact has no field for but a reader needs (an email, a radio channel) is kept with the role.
const NOTES = /comment|notes?$|remarks|hours|^available|e-?mail|radio|channel|location/i;

interface Columns { name: number; agency: number; role: number; phone: number; mobile: number; notes: number }

function columns(header: readonly string[]): Columns | undefined {
  const used: number[] = [];
  const col = (re: RegExp, not?: RegExp) => {
    const i = header.findIndex((h, j) => re.test(h.trim()) && !(not?.test(h) ?? false) && !used.includes(j));
    if (i >= 0) used.push(i);
    return i;
  };
  const mobile = col(MOBILE);
  const phone = col(PHONE, MOBILE);
  const name = col(NAME);
  const agency = col(AGENCY);
  const role = col(ROLE);
  const notes = col(NOTES);
  // Every column has a place, or the table is not one cssp can read as contacts.
  if ((phone < 0 && mobile < 0) || (name < 0 && agency < 0) || used.length !== header.filter((h) => h.trim()).length) return undefined;
  return { name, agency, role, phone, mobile, notes };
}

function contactOf(cells: { name: string; agency: string; role: string; phone: string; mobile: string; notes: string }): Contact | undefined {
  const phone = normalizePhone(cells.phone) ?? (cells.phone ? undefined : normalizePhone(cells.mobile));
  const mobile = cells.phone && cells.mobile ? normalizePhone(cells.mobile) : undefined;
  if (!phone || (cells.phone && cells.mobile && !mobile)) return undefined;
  const name = cells.name || cells.agency;
  if (!name) return undefined;
  // The role: the title and the agency (a person's), or the name itself for a shared line (the
  // report counts its words once); the comments after it in parentheses.
  const role = [[cells.role, cells.name ? cells.agency : ''].filter(Boolean).join(', ') || name, cells.notes ? `(${cells.notes})` : ''].filter(Boolean).join(' ');
  const around = AROUND_THE_CLOCK.test(Object.values(cells).join(' '));
  return { name, role, phone, ...(mobile ? { mobile } : {}), ...(around ? { available24x7: true } : {}) };
}

/** A table with a header row of contact columns. */
function headed(rows: readonly string[][]): ContactTable | undefined {
  const [header = [], ...body] = rows;
  const c = columns(header);
  if (!c || body.length === 0) return undefined;
  const at = (r: readonly string[], i: number) => (i >= 0 ? (r[i] ?? '').trim() : '');
  const contacts: Contact[] = [];
  const rest: string[][] = [];
  for (const r of body) {
    const contact = contactOf({ name: at(r, c.name), agency: at(r, c.agency), role: at(r, c.role), phone: at(r, c.phone), mobile: at(r, c.mobile), notes: at(r, c.notes) });
    if (contact) contacts.push(contact);
    else rest.push([...r]);
  }
  if (contacts.length === 0) return undefined;
  // With rows left over, the header stays with them in the table (its words are counted there).
  return { contacts, rest: rest.length ? [[...header], ...rest] : [], labelWords: rest.length ? 0 : header.reduce((n, h) => n + countWords(h), 0) };
}

/** "Police Department | (805) 555-0100" rows with no header: the label is the name and the role. */
function unheaded(rows: readonly string[][]): ContactTable | undefined {
  const pairs = rows.map((r) => r.map((c) => c.trim()).filter(Boolean));
  if (rows.length < 2 || pairs.some((p) => p.length !== 2)) return undefined;
  const phones = pairs.filter(([, number]) => normalizePhone(number!));
  if (phones.length * 2 < pairs.length) return undefined;
  const contacts: Contact[] = [];
  const rest: string[][] = [];
  for (const [i, [label, number]] of pairs.entries()) {
    const contact = contactOf({ name: label!, agency: '', role: '', phone: number!, mobile: '', notes: '' });
    if (contact) contacts.push(contact);
    else rest.push([...rows[i]!]);
  }
  return { contacts, rest, labelWords: 0 };
}

export function contactsFromTable(rows: readonly string[][]): ContactTable | undefined {
  return headed(rows) ?? unheaded(rows);
}

/** Why a table that names people and phone numbers did not become contacts, or undefined when it does not. */
export function whyNotContacts(rows: readonly string[][]): string | undefined {
  const header = rows[0] ?? [];
  const phone = header.some((h) => PHONE.test(h) || MOBILE.test(h));
  if (!phone || !header.some((h) => NAME.test(h.trim()) || AGENCY.test(h.trim()))) return undefined;
  const known = [NAME, AGENCY, ROLE, MOBILE, PHONE, NOTES];
  const extra = header.filter((h) => h.trim() && !known.some((re) => re.test(h.trim())));
  if (extra.length) return `responder.contacts has no place for ${extra.join(', ')}`;
  return 'no row has a phone number cssp can read, in the form (555) 555-0142';
}
