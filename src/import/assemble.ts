// Blocks -> where each goes. A heading that names a section opens it; a heading that does not
// goes with the section of the nearest heading above it at a higher level (a sub-heading), or to
// the unmapped file when there is none. Text and tables follow the heading they are under.
import type { SectionKey } from '../plan/sections.js';
import type { Contact, Member } from '../plan/types.generated.js';
import { matchHeading, normalizeHeading, type Target } from './match.js';
import type { Block } from './model.js';
import { useTable } from './tables.js';
import { countWords } from './words.js';

export interface ReportRow {
  source: string;
  went: string;
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
  words: { in: number; headings: number; labels: number };
  /** --map entries no heading of the document matched. */
  unusedMaps: string[];
}

interface Open {
  level: number;
  target: Target;
  /** Level of the heading that opened the section (sub-headings are written relative to it). */
  base: number;
  text: string;
}

export function assemble(blocks: readonly Block[], maps: ReadonlyMap<string, Target>): Assembled {
  const out: Assembled = { sections: new Map(), unmapped: [], members: [], contacts: [], images: [], rows: [], safetyCommittee: false, words: { in: 0, headings: 0, labels: 0 }, unusedMaps: [] };
  const used = new Set<string>();
  const stack: Open[] = [];
  const add = (target: Target, markdown: string) => {
    if (target === 'unmapped') out.unmapped.push(markdown);
    // Appended in place: copying the list for each paragraph made a 50,000-paragraph document quadratic.
    else {
      const parts = out.sections.get(target);
      if (parts) parts.push(markdown);
      else out.sections.set(target, [markdown]);
    }
  };
  let before = false;
  for (const block of blocks) {
    if (block.kind !== 'image') out.words.in += block.words;
    const top = stack.at(-1);
    const target = top?.target ?? 'unmapped';
    if (block.kind === 'heading') {
      while (stack.length && stack.at(-1)!.level >= block.level) stack.pop();
      const parent = stack.at(-1);
      const norm = normalizeHeading(block.text);
      if (maps.has(norm)) used.add(norm);
      const matched = matchHeading(block.text, maps);
      const open = (t: Target, base: number) => stack.push({ level: block.level, target: t, base, text: block.text });
      if (matched && matched !== 'unmapped') {
        open(matched, block.level);
        out.words.headings += block.words;
        out.rows.push({ source: block.text, went: matched });
      } else if (!matched && parent && parent.target !== 'unmapped') {
        open(parent.target, parent.base);
        add(parent.target, `${'#'.repeat(Math.min(6, 2 + block.level - parent.base))} ${block.text}`);
        out.rows.push({ source: block.text, went: `${parent.target} (as a sub-heading)` });
      } else {
        open('unmapped', block.level);
        add('unmapped', `${'#'.repeat(block.level)} ${block.text}`);
        out.rows.push({ source: block.text, went: 'unmapped' });
      }
    } else if (block.kind === 'text') {
      if (!top && !before) {
        before = true;
        out.rows.push({ source: '(text before the first heading)', went: 'unmapped' });
      }
      add(target, block.markdown);
    } else if (block.kind === 'table') {
      const context = stack.map((o) => o.text).join(' / ');
      const use = useTable(block.rows, context);
      const where = top ? `under "${short(top.text)}"` : 'before the first heading';
      const what = `table of ${block.rows.length} rows ${where}`;
      if (use.use === 'markdown') {
        add(target, use.markdown);
        out.rows.push({ source: what, went: `${target} (Markdown table${use.why ? `; not converted: ${use.why}` : ''})` });
        continue;
      }
      // The header row named the fields; its words are counted as column labels.
      out.words.labels += block.rows[0]!.reduce((n, c) => n + countWords(c), 0);
      if (use.use === 'members') {
        out.members.push(...use.members);
        out.safetyCommittee ||= /safety (planning )?committee/i.test(context) && !/site council|\bssc\b/i.test(context);
        const roles = [...new Set(use.members.map((m) => m.role))].map((r) => `${use.members.filter((m) => m.role === r).length} ${r}`);
        out.rows.push({ source: what, went: `committee.members (${roles.join(', ')})` });
      } else {
        out.contacts.push(...use.contacts);
        out.rows.push({ source: what, went: `responder.contacts (${use.contacts.length})` });
      }
    } else {
      out.images.push({ image: block.image, ...(top ? { under: top.text } : {}) });
    }
  }
  out.unusedMaps = [...maps.keys()].filter((k) => !used.has(k));
  return out;
}

export const short = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
