// Every edit of a plan goes through here. Edits splice the file's text at the ranges the `yaml`
// parser reports, so every comment, blank line and quoting choice outside the edited value stays
// as written (re-stringifying the whole document would rewrite almost every line).
// Edits assume block style around the edited place (plans are written that way); a value in a
// flow collection ({ } or [ ]) is replaced whole.
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { DocPath } from './paths.js';
import { formatPath } from './paths.js';
import { insertListItem } from './list-insert.js';
import { parseYaml, yamlLib } from './yaml-lib.js';

const parse = parseYaml;

/** One plan's text and the edits made to it; `text` is the result. */
export class PlanEditor {
  constructor(public text: string) {}

  /** The value at `path` as plain data, or undefined. */
  get(path: DocPath): unknown {
    const node = parse(this.text).getIn(path, true) as Node | undefined;
    return node?.toJSON() as unknown;
  }

  has(path: DocPath): boolean {
    return parse(this.text).hasIn(path);
  }

  /** Sets the value at `path`, adding the key (after the key `after`, else last) when it is missing. */
  set(path: DocPath, value: unknown, options: { after?: string } = {}): this {
    const key = String(path[path.length - 1]);
    const { map, pair } = locate(parse(this.text), path);
    if (!map || map.flow) {
      // No block of fields to add to (missing, empty or written { }): write the parent whole.
      if (path.length < 2) throw new Error('A plan is a block of fields at the top level.');
      const parent = this.get(path.slice(0, -1));
      const fields = parent && typeof parent === 'object' && !Array.isArray(parent) ? parent : {};
      return this.set(path.slice(0, -1), { ...fields, [key]: value });
    }
    if (pair) {
      const span = pairSpan(this.text, pair);
      const single = renderScalar(value);
      const v = pair.value as Node | null;
      if (single !== undefined && v && yamlLib().isScalar(v) && !isBlockScalar(v.type)) {
        return this.splice(v.range![0], v.range![1], single);
      }
      return this.splice(span.start, span.end, renderPair(key, value, column(this.text, span.start)));
    }
    const after = options.after === undefined ? undefined : map.items.find((p) => keyOf(p) === options.after);
    const at = after ? pairSpan(this.text, after).end : blockEnd(this.text, map);
    const indent = map.items[0] ? column(this.text, pairSpan(this.text, map.items[0]).start) : 0;
    const prefix = at > 0 && this.text[at - 1] !== '\n' ? '\n' : '';
    return this.splice(at, at, `${prefix}${' '.repeat(indent)}${renderPair(key, value, indent)}`);
  }

  /** Removes the key at `path` with its value; nothing when it is missing. */
  delete(path: DocPath): this {
    const { pair } = locate(parse(this.text), path);
    if (!pair) return this;
    const span = pairSpan(this.text, pair);
    return this.splice(lineStart(this.text, span.start), span.end, '');
  }

  /** Removes entry `index` of the block list at `path` with its lines (comments on them included). */
  deleteItem(path: DocPath, index: number): this {
    const seq = parse(this.text).getIn(path, true) as Node | undefined;
    if (!yamlLib().isSeq(seq) || seq.flow) throw new Error(`Cannot remove an entry of ${formatPath(path)}: it is not a block list.`);
    const item = seq.items[index] as Node | undefined;
    if (!item?.range) return this;
    const dash = this.text.lastIndexOf('-', item.range[0]);
    const end = item.range[1];
    return this.splice(lineStart(this.text, dash), this.text[end - 1] === '\n' ? end : lineEnd(this.text, end), '');
  }

  /** Inserts `item` as entry `index` of the block list at `path`; returns where its lines went. */
  insert(path: DocPath, index: number, item: object): { start: number; end: number } {
    const r = insertListItem(this.text, path, index, item);
    this.text = r.text;
    return { start: r.start, end: r.end };
  }

  private splice(start: number, end: number, insert: string): this {
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    return this;
  }
}

/** The map holding the last key of `path` (undefined when there is none), and that key's pair. */
function locate(doc: Document, path: DocPath): { map: YAMLMap | undefined; pair: Pair | undefined } {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!yamlLib().isMap(parent)) {
    if (parent !== undefined && parent !== null && !yamlLib().isScalar(parent)) throw new Error(`Cannot edit ${formatPath(path)}: ${formatPath(path.slice(0, -1))} is a list.`);
    return { map: undefined, pair: undefined };
  }
  const key = String(path[path.length - 1]);
  return { map: parent, pair: parent.items.find((p) => keyOf(p) === key) };
}

const keyOf = (pair: Pair): string | undefined => {
  const key = pair.key as Node | null;
  return key && yamlLib().isScalar(key) ? String(key.value) : undefined;
};

const isBlockScalar = (type: unknown) => type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED';

/** From the key to the start of the line after the value (its comment on the same line included). */
function pairSpan(text: string, pair: Pair): { start: number; end: number } {
  const key = pair.key as Node;
  const value = pair.value as Node | null;
  const end = value?.range ? value.range[1] : key.range![2];
  return { start: key.range![0], end: text[end - 1] === '\n' ? end : lineEnd(text, end) };
}

/** Where a new entry of a block collection goes: after its last entry. */
function blockEnd(text: string, node: YAMLMap | YAMLSeq): number {
  const last = node.items[node.items.length - 1] as Pair | Node | undefined;
  if (!last) return text.length;
  if (yamlLib().isPair(last)) return pairSpan(text, last).end;
  const end = last.range![1];
  return text[end - 1] === '\n' ? end : lineEnd(text, end);
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const column = (text: string, at: number) => at - lineStart(text, at);
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

/** A value that fits on the line after `key: `, or undefined when it needs lines of its own. */
function renderScalar(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object') return undefined;
  const out = yamlLib().stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return out.includes('\n') ? undefined : out;
}

/** `key: value` (or `key:` and an indented block), ending in a newline; lines after the first indented by `indent`. */
function renderPair(key: string, value: unknown, indent: number): string {
  const text = yamlLib().stringify({ [key]: value }, { lineWidth: 0 });
  const [first, ...rest] = text.split('\n');
  return [first, ...rest.map((l) => (l ? ' '.repeat(indent) + l : l))].join('\n');
}

