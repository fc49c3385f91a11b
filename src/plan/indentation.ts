// Finds the line whose indentation breaks the block structure. `yaml` notices a bad indent only
// where the structure stops making sense, often a line later (an over-indented key is reported on
// the value above it); a person fixes the line that moved, so that is the line to name.
//
// A line-based approximation of YAML block structure: it is consulted only when the parser has
// already reported an indentation error nearby, and it skips what it cannot judge (block
// scalars, flow collections and quoted values running over several lines).

export interface MisindentedLine {
  line: number; // 1-based
  indent: number;
  /** The indentation of the lines it should line up with, and the nearest such line. */
  expected: number;
  siblingLine: number;
  /** `true` when the line is deeper than a line that has its value on the same line. */
  tooDeep: boolean;
  /** The line where the structure stopped making sense (after `line` when `line` moved out of a block). */
  evidenceLine: number;
}

interface Level {
  indent: number;
  line: number; // the latest line at this level
}

const KEY = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]}&*!|>%@`,-][^#]*?|-[^\s][^#]*?):(?:\s|$)/;
const BLOCK_SCALAR = /(?:^|:\s+|^-\s+)[|>][0-9+-]*\s*(?:#.*)?$/;
const OPENS_BLOCK = /(?:^-|:)\s*(?:[&!]\S+\s*)*(?:#.*)?$/;

function unclosed(value: string): 'flow' | '"' | "'" | undefined {
  const v = value.trimStart();
  if (v.startsWith('[') || v.startsWith('{')) {
    let depth = 0;
    for (const c of v) depth += c === '[' || c === '{' ? 1 : c === ']' || c === '}' ? -1 : 0;
    return depth > 0 ? 'flow' : undefined;
  }
  if (v.startsWith('"')) return /^"(?:[^"\\]|\\.)*"/.test(v) ? undefined : '"';
  if (v.startsWith("'")) return /^'(?:[^']|'')*'/.test(v) ? undefined : "'";
  return undefined;
}

/** The value part of a line's content: after "- " markers and after "key: ". */
function valueOf(content: string): string {
  let rest = content;
  while (/^-(\s|$)/.test(rest)) rest = rest.slice(1).trimStart();
  const key = KEY.exec(rest);
  return key ? rest.slice(key[0].length).trimStart() : rest;
}

export function findMisindentedLine(text: string): MisindentedLine | undefined {
  const lines = text.split('\n');
  const levels: Level[] = [];
  let opens = false; // the previous line ends with "key:" or "-": a deeper line starts a block
  let scalarParent = -1; // inside a block scalar: lines deeper than this belong to it
  let pending: 'flow' | '"' | "'" | undefined; // inside a flow collection or quoted value
  // The last line that closed deeper blocks: if a later line goes on at a closed level, this
  // line is the one that moved out (`earthquake:` pushed to column 1 in the middle of sections:).
  let lastDedent: { line: number; indent: number; closed: Level[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    const indent = raw.length - raw.trimStart().length;
    const content = raw.slice(indent);
    if (content === '' || content.startsWith('#')) continue;
    if (raw.slice(0, indent).includes('\t')) return undefined; // the parser reports tabs itself
    if (scalarParent >= 0 && indent > scalarParent) continue;
    scalarParent = -1;
    if (pending) {
      if (pending === 'flow' ? /[\]}]\s*(#.*)?$/.test(content) : content.includes(pending)) pending = undefined;
      continue;
    }
    if (/^(---|\.\.\.)(\s|$)/.test(content) || content.startsWith('%')) continue;
    const top = levels.at(-1);
    if (!top) {
      levels.push({ indent, line: i + 1 });
    } else if (indent > top.indent) {
      if (!opens) {
        // Deeper than a complete "key: value": a plain value continued on the next line is valid
        // YAML, but a line that is itself a key or a list item has moved.
        if (KEY.test(content) || /^-(\s|$)/.test(content)) {
          return { line: i + 1, indent, expected: top.indent, siblingLine: top.line, tooDeep: true, evidenceLine: i + 1 };
        }
        continue;
      }
      levels.push({ indent, line: i + 1 });
    } else {
      const closed: Level[] = [];
      while (levels.length > 0 && levels.at(-1)!.indent > indent) closed.push(levels.pop()!);
      const level = levels.at(-1);
      if (!level || level.indent !== indent) {
        const movedOut = lastDedent?.closed.find((l) => l.indent === indent);
        if (lastDedent && movedOut) {
          return { line: lastDedent.line, indent: lastDedent.indent, expected: indent, siblingLine: movedOut.line, tooDeep: false, evidenceLine: i + 1 };
        }
        const near = [closed.at(-1), level].filter((l): l is Level => l !== undefined)
          .sort((a, b) => Math.abs(a.indent - indent) - Math.abs(b.indent - indent) || b.indent - a.indent)[0]!;
        return { line: i + 1, indent, expected: near.indent, siblingLine: near.line, tooDeep: false, evidenceLine: i + 1 };
      }
      if (closed.length > 0) lastDedent = { line: i + 1, indent, closed };
      else if (lastDedent && indent <= lastDedent.indent) lastDedent = undefined;
      level.line = i + 1;
    }
    // A list item's content is a level of its own: "  - type: fire" lets "    date:" follow.
    const item = /^((?:-\s+)+)/.exec(content);
    if (item && item[1]!.length < content.length) levels.push({ indent: indent + item[1]!.length, line: i + 1 });
    const value = valueOf(content);
    opens = OPENS_BLOCK.test(content) && !BLOCK_SCALAR.test(content) && (value === '' || /^[&!#]/.test(value));
    if (BLOCK_SCALAR.test(content)) scalarParent = indent;
    pending = unclosed(value);
  }
  return undefined;
}
