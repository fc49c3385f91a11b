// A fast path -> range locator for plain block-style YAML (the way plans are written), so a file
// with findings needs no second parse by `yaml` (~5 ms a plan; 10% of checking 1,000 plans).
// It gives exactly the ranges locate.ts gives (test/plan/locate-text.test.ts compares them on every
// path of the sample district) and returns undefined whenever it is unsure: flow collections,
// quotes that do not close on their line, block scalars on the path, comments after a list item.
import type { Range } from '../diagnostic.js';
import type { DocPath } from './paths.js';

interface Line {
  start: number;
  indent: number;
  text: string; // the whole line, without its newline
  content: boolean; // not blank, not a comment
}

interface Block {
  kind: 'map' | 'seq';
  indent: number; // column (0-based) where keys or dashes start
  lo: number; // first line
  hi: number; // one past the last line
}

const KEY = /^([A-Za-z0-9_][A-Za-z0-9_-]*):(?=[ ]|$)/;
const UNSAFE_START = /^[{[&*!|>?%@`]/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    const indent = raw.length - raw.trimStart().length;
    const rest = raw.slice(indent);
    lines.push({ start, indent, text: raw, content: rest !== '' && !rest.startsWith('#') });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** The block of lines that forms the value below line `i` (a key at column `col`), or undefined for an empty value. */
function childBlock(lines: Line[], i: number, col: number): Block | undefined {
  let j = i + 1;
  while (j < lines.length && !lines[j]!.content) j++;
  const first = lines[j];
  if (!first) return undefined;
  const dash = /^-( |$)/.test(first.text.slice(first.indent));
  if (first.indent < col || (first.indent === col && !dash)) return undefined;
  const kind = dash ? 'seq' : 'map';
  let hi = j + 1;
  for (; hi < lines.length; hi++) {
    const l = lines[hi]!;
    if (!l.content) continue;
    if (l.indent < first.indent || (kind === 'seq' && l.indent === first.indent && !/^-( |$)/.test(l.text.slice(l.indent)))) break;
  }
  return { kind, indent: first.indent, lo: j, hi };
}

/** End of a scalar that starts at `from` on `text`, or -1 when it is not a simple one-line scalar. */
function scalarEnd(text: string, from: number): number {
  const q = text[from];
  let end: number;
  if (q === '"' || q === "'") {
    let k = from + 1;
    for (; k < text.length; k++) {
      if (q === '"' && text[k] === '\\') k++;
      else if (text[k] === q && !(q === "'" && text[k + 1] === "'")) break;
      else if (q === "'" && text[k] === "'") k++;
    }
    if (k >= text.length) return -1;
    end = k + 1;
  } else {
    const hash = text.search(/ #/);
    end = (hash >= from ? text.slice(0, hash) : text).trimEnd().length;
  }
  const after = text.slice(end);
  return after.trim() === '' || /^ +#/.test(after) ? end : -1;
}

/** The first line of the document's top-level map, when it is a plain `key: value` line. */
function firstLine(lines: Line[], at: (offset: number, line: number) => Range['start']): Range | undefined {
  const i = lines.findIndex((l) => l.content);
  const l = lines[i];
  if (!l || l.indent !== 0 || !KEY.test(l.text) || / #/.test(l.text) || /\s$/.test(l.text)) return undefined;
  return { start: at(l.start, i), end: at(l.start + l.text.length, i) };
}

export function locateInText(lines: Line[], path: DocPath, onKey: boolean): Range | undefined {
  const at = (offset: number, line: number) => ({ line: line + 1, column: offset - lines[line]!.start + 1 });
  let block: Block | undefined = { kind: 'map', indent: 0, lo: 0, hi: lines.length };
  let firstCol = -1; // a list item's map starts on the dash line, at this column
  // Until a key is found, a missing key falls back to the document's first line, as in locate.ts.
  let keyRange: Range | undefined = firstLine(lines, at);
  for (let p = 0; p < path.length; p++) {
    const seg = path[p]!;
    const last = p === path.length - 1;
    if (!block) return keyRange; // an empty value: yaml points at its key
    if (block.kind === 'map' && typeof seg === 'string') {
      let i = block.lo;
      let col = -1;
      for (; i < block.hi; i++) {
        const l = lines[i]!;
        col = i === block.lo && firstCol >= 0 ? firstCol : l.indent;
        if (!l.content || col !== block.indent) continue;
        if (!KEY.test(l.text.slice(col))) return undefined;
        if (l.text.startsWith(`${seg}:`, col)) break;
      }
      if (i >= block.hi) return keyRange;
      const l = lines[i]!;
      keyRange = { start: at(l.start + col, i), end: at(l.start + col + seg.length, i) };
      let v = col + seg.length + 1;
      while (l.text[v] === ' ') v++;
      const rest = l.text.slice(v);
      if (rest === '' || rest.startsWith('#')) {
        block = childBlock(lines, i, col);
        firstCol = -1;
        if (last) return keyRange;
        continue;
      }
      if (UNSAFE_START.test(rest) || l.text.endsWith('\r')) return undefined;
      const end = scalarEnd(l.text, v);
      if (end < 0 || childBlock(lines, i, col)) return undefined; // a multi-line scalar
      if (!last || onKey) return keyRange;
      return { start: at(l.start + v, i), end: at(l.start + end, i) };
    }
    if (block.kind === 'seq' && typeof seg === 'number') {
      let i = block.lo;
      for (let n = -1; i < block.hi; i++) {
        const l = lines[i]!;
        if (l.content && l.indent === block.indent && ++n === seg) break;
      }
      if (i >= block.hi) return keyRange;
      const l = lines[i]!;
      let c = block.indent + 1;
      while (l.text[c] === ' ') c++;
      const rest = l.text.slice(c);
      if (!KEY.test(rest) || / #/.test(rest) || /\s$/.test(l.text)) return undefined;
      if (last) return { start: at(l.start + c, i), end: at(l.start + l.text.length, i) };
      let hi = i + 1;
      while (hi < block.hi && !(lines[hi]!.content && lines[hi]!.indent < c)) hi++;
      block = { kind: 'map', indent: c, lo: i, hi };
      firstCol = c;
      keyRange = { start: at(l.start + c, i), end: at(l.start + l.text.length, i) }; // the item's first line
      continue;
    }
    return undefined;
  }
  return undefined;
}
