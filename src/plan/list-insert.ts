// Inserting one entry into a block list of a plan (drills:) by splicing its text in at the place
// the `yaml` parser reports: every byte outside the inserted lines stays as it was. The new entry
// copies the list's indentation, the file's line ends and the quoting its siblings use for each
// field (time: "09:40" stays quoted), so it reads as if the person who wrote the file had typed it.
import type { Node, Pair, Scalar, YAMLSeq } from 'yaml';
import { CsspError } from '../errors.js';
import { formatPath, type DocPath } from './paths.js';
import { parseYaml, yamlLib } from './yaml-lib.js';

/** Where the new entry's text went: [start, end) offsets in the new text. */
export interface Inserted {
  text: string;
  start: number;
  end: number;
}

type Style = Scalar['type'];

/** Styles for fields no sibling shows yet: a time left plain reads as a number in YAML 1.1 tools. */
const DEFAULT_STYLES: Record<string, Style> = { time: 'QUOTE_DOUBLE' };

const parse = parseYaml;
const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const column = (text: string, at: number) => at - lineStart(text, at);
const lineEnd = (text: string, at: number) => {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
};
/** The file's line end, as its first line has it. */
const eolOf = (text: string) => (/\r\n/.test(text.slice(0, lineEnd(text, 0))) ? '\r\n' : '\n');

const refuse = (path: DocPath, why: string) =>
  new CsspError(`${formatPath(path)} ${why}, so cssp did not change the file.`, `Write ${formatPath(path)} as a block list (each entry on lines starting "- "), or as ${formatPath(path)}: [] when it is empty, then run again.`);

/** Inserts `item` as entry `index` of the list at `path` (a key of a block map). */
export function insertListItem(text: string, path: DocPath, index: number, item: object): Inserted {
  const y = yamlLib();
  const doc = parse(text);
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const key = String(path[path.length - 1]);
  if (!y.isMap(parent) || parent.flow) throw refuse(path, 'is not inside a block of fields');
  const pair = parent.items.find((p: Pair) => y.isScalar(p.key) && String(p.key.value) === key);
  const eol = eolOf(text);
  const splice = (at: number, body: string, cut = at): Inserted => {
    const prefix = at > 0 && text[at - 1] !== '\n' ? eol : '';
    const inserted = prefix + body;
    return { text: text.slice(0, at) + inserted + text.slice(cut), start: at, end: at + inserted.length };
  };
  if (!pair) throw refuse(path, 'is missing');
  const keyNode = pair.key as Node;
  const seq = pair.value as Node | null;
  const keyColumn = column(text, keyNode.range![0]);
  // `drills:` with nothing after it, or `drills: []`: the entry goes on the lines after the key.
  if (!seq || (y.isScalar(seq) && seq.value === null && seq.range![0] === seq.range![1])) {
    return splice(lineEnd(text, keyNode.range![1]), render(item, {}, keyColumn + 2, eol));
  }
  if (!y.isSeq(seq)) throw refuse(path, 'is not a list');
  if (seq.flow) {
    if (seq.items.length > 0) throw refuse(path, 'is written as a flow list ([ ... ] on one line)');
    // Only `drills: []` changes: the brackets go, and the entry follows on its own lines.
    let from = seq.range![0];
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    const after = lineEnd(text, seq.range![1]);
    const rest = text.slice(seq.range![1], after);
    const head = text.slice(0, from) + rest + (rest.endsWith('\n') ? '' : eol);
    const body = render(item, {}, keyColumn + 2, eol);
    return { text: head + body + text.slice(after), start: head.length, end: head.length + body.length };
  }
  const items = seq.items as Node[];
  const dash = column(text, text.lastIndexOf('-', items[0]!.range![0]));
  const body = render(item, stylesOf(seq), dash, eol);
  if (index <= 0) return splice(lineStart(text, text.lastIndexOf('-', items[0]!.range![0])), body);
  return splice(itemEnd(text, items[Math.min(index, items.length) - 1]!), body);
}

/** The start of the line after an entry's last value (its same-line comment included). */
function itemEnd(text: string, node: Node): number {
  const end = node.range![1];
  return text[end - 1] === '\n' ? end : lineEnd(text, end);
}

/** For each field, the quoting its first sibling that has it as text uses. */
function stylesOf(seq: YAMLSeq): Record<string, Style> {
  const y = yamlLib();
  const styles: Record<string, Style> = {};
  for (const entry of seq.items) {
    if (!y.isMap(entry)) continue;
    for (const p of entry.items) {
      if (!y.isScalar(p.key) || !y.isScalar(p.value) || typeof p.value.value !== 'string') continue;
      const type = p.value.type;
      if (type === 'PLAIN' || type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') styles[String(p.key.value)] ??= type;
    }
  }
  return styles;
}

/** `- key: value` lines for one entry, indented to `dash`, each ending in `eol`. */
function render(item: object, styles: Record<string, Style>, dash: number, eol: string): string {
  const y = yamlLib();
  const doc = new y.Document([item]);
  const want = { ...DEFAULT_STYLES, ...styles };
  y.visit(doc, {
    Pair(_, p) {
      const name = y.isScalar(p.key) ? String(p.key.value) : '';
      // A plain style the value cannot take (it would read as a number or true) falls back to quotes.
      if (y.isScalar(p.value) && typeof p.value.value === 'string' && want[name]) p.value.type = want[name];
    },
  });
  const lines = doc.toString({ lineWidth: 0 }).replace(/\n$/, '').split('\n');
  return lines.map((l) => (l ? ' '.repeat(dash) + l : l) + eol).join('');
}
