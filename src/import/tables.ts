// Tables of the old plan: a committee roster becomes committee.members and a table of emergency
// numbers responder.contacts, wherever they are and whatever the heading above says; any other
// table stays Markdown where it was.
import type { Contact, Member } from '../plan/types.generated.js';
import { contactsFromTable, whyNotContacts } from './contacts.js';
import { rosterFromTable } from './roster.js';

export { inferRole } from './roster.js';

export type TableUse =
  | { use: 'members'; members: Member[]; labelWords: number; numberWords: number }
  | { use: 'contacts'; contacts: Contact[]; labelWords: number; rest?: string }
  | { use: 'markdown'; markdown: string; why?: string };

export function useTable(rows: readonly string[][], context: string): TableUse {
  const roster = rosterFromTable(rows, context);
  if (roster) return { use: 'members', ...roster };
  const contacts = contactsFromTable(rows);
  if (contacts) return { use: 'contacts', contacts: contacts.contacts, labelWords: contacts.labelWords, ...(contacts.rest.length ? { rest: markdownTable(contacts.rest) } : {}) };
  const why = whyNotContacts(rows);
  return { use: 'markdown', markdown: markdownTable(rows), ...(why ? { why } : {}) };
}

/** A GitHub-flavoured Markdown table, the first row as its header. */
export function markdownTable(rows: readonly string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => (r[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(rows[0] ?? []), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}
