// Blocks -> where each goes. A heading that names a section opens it (place-heading.ts says when
// a heading is a sub-heading or a label instead). Text and tables follow the heading they are
// under, except what is data wherever it is: a roster (a table, or lines under a roster heading)
// becomes committee members, a table of emergency numbers responder contacts.
import type { SectionKey } from '../plan/sections.js';
import type { Contact, Member } from '../plan/types.generated.js';
import { matchHeading, normalizeHeading, type Target } from './match.js';
import type { Block } from './model.js';
import { placeHeading, type Open } from './place-heading.js';
import { NOT_COMMITTEE, ROSTER_HEADING, rosterFromLines } from './roster.js';
import { useTable } from './tables.js';
import { countWords } from './words.js';

export interface ReportRow {
  source: string;
  went: string;
  /** The section this heading opened: the report says so only if text followed it there. */
  opened?: SectionKey;
}

export interface Assembled {
  /** Markdown parts of each section, in document order. */
  sections: Map<SectionKey, string[]>;
  /** Markdown parts of the unmapped file, under their original headings. */
  unmapped: string[];
  members: Member[];
  contacts: Contact[];
  /** Images in document order, with the heading they were under. */
  images: { image: number; under?: string }[];
  rows: ReportRow[];
  /** The roster was a safety planning committee's rather than the School Site Council's. */
  safetyCommittee: boolean;
  /**
   * in: the document's words. The rest are words that are in no text cssp wrote: headings that
   * named sections, column labels of converted tables, typed numbers that became list numbers or
   * were taken off names, and names repeated from an earlier roster.
   */
  words: { in: number; headings: number; labels: number; numbers: number; repeated: number };
  /** --map entries no heading of the document matched. */
  unusedMaps: string[];
}

export function assemble(blocks: readonly Block[], maps: ReadonlyMap<string, Target>): Assembled {
  const out: Assembled = { sections: new Map(), unmapped: [], members: [], contacts: [], images: [], rows: [], safetyCommittee: false, words: { in: 0, headings: 0, labels: 0, numbers: 0, repeated: 0 }, unusedMaps: [] };
  const used = new Set<string>();
  const stack: Open[] = [];
  // The row of the heading that last opened each section, and the rows text followed into theirs.
  const openedBy = new Map<SectionKey, ReportRow>();
  const filled = new Set<ReportRow>();
  const add = (target: Target, markdown: string) => {
    if (target === 'unmapped') return void out.unmapped.push(markdown);
    const row = openedBy.get(target);
    if (row) filled.add(row);
    // Appended in place: copying the list for each paragraph made a 50,000-paragraph document quadratic.
    const parts = out.sections.get(target);
    if (parts) parts.push(markdown);
    else out.sections.set(target, [markdown]);
  };
  const addMembers = (members: Member[], context: string) => {
    for (const m of members) {
      const key = m.name.toLowerCase().replace(/[^\p{L}]/gu, '');
      if (out.members.some((x) => x.name.toLowerCase().replace(/[^\p{L}]/gu, '') === key)) out.words.repeated += countWords(`${m.name} ${m.title ?? ''} ${m.representing ?? ''}`);
      else out.members.push(m);
    }
    out.safetyCommittee ||= /safety (planning )?committee/i.test(context) && !/site council|\bssc\b/i.test(context);
  };
  let before = false;
  let lines: { under: Open | undefined; members: Member[]; row: ReportRow } | undefined;
  for (const block of blocks) {
    if (block.kind !== 'text') lines = undefined;
    if (block.kind !== 'image') out.words.in += block.words;
    const top = stack.at(-1);
    const target = top?.target ?? 'unmapped';
    const context = stack.map((o) => o.text).join(' / ');
    if (block.kind === 'heading') {
      const norm = normalizeHeading(block.text);
      if (maps.has(norm)) used.add(norm);
      const matched = matchHeading(block.text, maps);
      const place = placeHeading(block, stack, matched);
      if (place.as === 'section') {
        stack.push({ level: block.level, target: place.target, base: block.level, text: block.text, form: block.form, opener: true });
        out.words.headings += block.words;
        const row: ReportRow = { source: block.text, went: place.target, opened: place.target as SectionKey };
        openedBy.set(place.target as SectionKey, row);
        out.rows.push(row);
      } else if (place.as === 'sub-heading') {
        const of = place.of;
        stack.push({ level: block.level, target: of.target, base: of.base, text: block.text, form: block.form, opener: false });
        add(of.target, `${'#'.repeat(Math.min(6, Math.max(3, 2 + block.level - of.base)))} ${block.text}`);
        out.rows.push({ source: block.text, went: `${of.target} (as a sub-heading)` });
      } else {
        stack.push({ level: block.level, target: 'unmapped', base: block.level, text: block.text, form: block.form, opener: true });
        add('unmapped', `${'#'.repeat(block.level)} ${block.text}`);
        out.rows.push({ source: block.text, went: 'unmapped' });
      }
    } else if (block.kind === 'text') {
      const roster = ROSTER_HEADING.test(context) && !NOT_COMMITTEE.test(top?.text ?? '') ? rosterFromLines(block.lines) : undefined;
      if (roster) {
        addMembers(roster.members, context);
        out.words.numbers += roster.numberWords;
        // Consecutive lines under one heading (a paragraph each) are one row of the report.
        const run = lines?.under === top ? lines! : (lines = { under: top, members: [], row: { source: '', went: '' } });
        if (!run.members.length) out.rows.push(run.row);
        run.members.push(...roster.members);
        run.row.source = `${run.members.length === 1 ? 'a line' : `${run.members.length} lines`} under "${short(top!.text)}"`;
        run.row.went = `committee.members (${roleCounts(run.members)})`;
        continue;
      }
      lines = undefined;
      if (!top && !before) {
        before = true;
        out.rows.push({ source: '(text before the first heading)', went: 'unmapped' });
      }
      out.words.numbers += block.numbers;
      add(target, block.markdown);
    } else if (block.kind === 'table') {
      const use = useTable(block.rows, context);
      const what = `table of ${block.rows.length} rows ${top ? `under "${short(top.text)}"` : 'before the first heading'}`;
      if (use.use === 'markdown') {
        add(target, use.markdown);
        out.rows.push({ source: what, went: `${target} (Markdown table${use.why ? `; not converted: ${use.why}` : ''})` });
      } else if (use.use === 'members') {
        out.words.labels += use.labelWords;
        out.words.numbers += use.numberWords;
        addMembers(use.members, `${context} / ${block.rows[0]!.join(' ')}`);
        out.rows.push({ source: what, went: `committee.members (${roleCounts(use.members)})` });
      } else {
        out.words.labels += use.labelWords;
        out.contacts.push(...use.contacts);
        if (use.rest) add(target, use.rest);
        const rest = use.rest ? `; the rows without a phone number stay in ${target === 'unmapped' ? 'the unmapped file' : target} as a table` : '';
        out.rows.push({ source: what, went: `responder.contacts (${use.contacts.length}${rest})` });
      }
    } else {
      out.images.push({ image: block.image, ...(top ? { under: top.text } : {}) });
    }
  }
  // A heading whose text went elsewhere (the next heading took it) did not fill its section.
  for (const row of out.rows) if (row.opened && !filled.has(row)) row.went = `${row.opened} (the heading only: no text under it)`;
  out.unusedMaps = [...maps.keys()].filter((k) => !used.has(k));
  return out;
}

const roleCounts = (members: readonly Member[]) =>
  [...new Set(members.map((m) => m.role))].map((r) => `${members.filter((m) => m.role === r).length} ${r}`).join(', ');

export const short = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
