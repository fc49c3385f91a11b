// Maps a path in a YAML document to a source range, falling back to the nearest existing parent.
import type { Document, LineCounter, Node } from 'yaml';
import type { Range } from '../diagnostic.js';
import type { DocPath } from './paths.js';
import { yamlLib } from './yaml-lib.js';

interface Found {
  node: Node | null; // the value at the deepest existing step
  key: Node | null; // the key of that value, when it sits in a map
  complete: boolean; // true when the whole path exists
}

function walk(doc: Document, path: DocPath): Found {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  let node = doc.contents;
  let key: Node | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { node, key, complete: false };
      key = isScalar(pair.key) ? pair.key : null;
      node = (pair.value as Node | null) ?? key;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      const item = node.items[seg];
      key = null;
      node = isPair(item) ? (item.value as Node) : (item as Node);
    } else {
      return { node, key, complete: false };
    }
  }
  return { node, key, complete: true };
}

/** The source range a diagnostic at `path` should point to. */
export function rangeOf(doc: Document, lineCounter: LineCounter, text: string, path: DocPath, onKey = false): Range {
  const { isScalar } = yamlLib();
  const { node, key, complete } = walk(doc, path);
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // A scalar found in full: its own text. A collection or a missing key: the key of the nearest
  // value that exists (so a missing section lands on `sections:`), else the collection's first line.
  // An empty value (`adoption:` with nothing after it) has no text of its own: use its key.
  const empty = isScalar(node) && node.range && node.range[0] === node.range[1];
  if (complete && !onKey && !empty && isScalar(node) && node.range) return { start: pos(node.range[0]), end: pos(node.range[1]) };
  if (key?.range) return { start: pos(key.range[0]), end: pos(key.range[1]) };
  if (node?.range) {
    const start = node.range[0];
    const newline = text.indexOf('\n', start);
    const end = Math.min(newline === -1 ? text.length : newline, node.range[1]);
    return { start: pos(start), end: pos(Math.max(end, start + 1)) };
  }
  return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
