// Describes how a block of Markdown changed without quoting it: which headings, paragraphs and
// list items were added, removed or reworded, and the word count before and after. A section's
// text can be pages long, and a change list goes into pull-request comments and the printed plan.
import { listing, plural } from './change.js';

type BlockKind = 'heading' | 'paragraph' | 'list item';
interface Block {
  kind: BlockKind;
  text: string;
}

/** Headings, list items and paragraphs, with whitespace normalised. */
export function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  let item: Block | undefined;
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      flush();
      item = undefined;
    } else if (/^#{1,6}\s/.test(line)) {
      flush();
      item = undefined;
      out.push({ kind: 'heading', text: line.replace(/^#+\s*/, '') });
    } else if (/^([-*+]|\d+[.)])\s/.test(line)) {
      flush();
      item = { kind: 'list item', text: line.replace(/^([-*+]|\d+[.)])\s+/, '') };
      out.push(item);
    } else if (item && /^\s/.test(raw)) {
      item.text += ` ${line}`; // a list item's continuation line
    } else {
      item = undefined;
      paragraph.push(line);
    }
  }
  flush();
  return out;
}

export const wordCount = (markdown: string): number => markdown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const KINDS: BlockKind[] = ['heading', 'paragraph', 'list item'];

function counted(counts: Map<BlockKind, number>): string[] {
  return KINDS.filter((k) => counts.get(k)).map((k) => plural(counts.get(k)!, k));
}

/** "2 list items reworded; 1 heading added (212 -> 236 words)", or undefined when the text is the same. */
export function describeTextChange(before: string, after: string): string | undefined {
  if (before === after) return undefined;
  const was = blocks(before);
  const now = blocks(after);
  const words = `${wordCount(before)} → ${plural(wordCount(after), 'word')}`;
  const key = (b: Block) => `${b.kind}\u0000${b.text}`;
  const remaining = new Map<string, number>();
  for (const b of was) remaining.set(key(b), (remaining.get(key(b)) ?? 0) + 1);
  const added: Block[] = [];
  for (const b of now) {
    const n = remaining.get(key(b)) ?? 0;
    if (n > 0) remaining.set(key(b), n - 1);
    else added.push(b);
  }
  const removed = was.filter((b) => {
    const n = remaining.get(key(b)) ?? 0;
    if (n > 0) remaining.set(key(b), n - 1);
    return n > 0;
  });
  if (added.length === 0 && removed.length === 0) {
    return was.length === now.length ? 'formatting changed, same words' : `blocks rearranged (${words})`;
  }
  // A removed and an added block of the same kind count as one reworded block.
  const reworded = new Map<BlockKind, number>();
  const plus = new Map<BlockKind, number>();
  const minus = new Map<BlockKind, number>();
  for (const kind of KINDS) {
    const a = added.filter((b) => b.kind === kind).length;
    const r = removed.filter((b) => b.kind === kind).length;
    reworded.set(kind, Math.min(a, r));
    plus.set(kind, a - Math.min(a, r));
    minus.set(kind, r - Math.min(a, r));
  }
  const parts = [[counted(reworded), 'reworded'], [counted(plus), 'added'], [counted(minus), 'removed']] as const;
  const said = parts.filter(([list]) => list.length).map(([list, verb]) => `${listing(list)} ${verb}`);
  return `${said.join('; ')} (${words})`;
}
