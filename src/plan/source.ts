// The one reading of a plan or config file, for every command: bytes in; data, positions and
// positioned diagnostics out. A file means what `yaml` (YAML 1.2, core schema) reads in it, in
// `cssp check`, in the editor and in every command that edits or renders it. Most plans are read
// far faster by the fast path (fast-read.ts: a scanner for plain plan text, else js-yaml's event
// parser), which gives up, to `yaml`, on any file where they could differ in values, errors or positions.
import type { Document } from 'yaml';
import { makeDiagnostic, type Diagnostic, type Range } from '../diagnostic.js';
import { decodeText, lineEndingDiagnostic } from './decode.js';
import { buildPositions, rangeInTable, type PositionLookup, type PositionTable } from './positions.js';
import { lineStarts, positionAt } from './text-position.js';
import type { DocPath } from './paths.js';
import { explainYamlErrors } from './yaml-errors.js';
import { MAX_DEPTH } from './depth.js';
import { readFast } from './fast-read.js';
import type { ScanRecord } from './scan-record.js';
import { parseYaml, yamlLib } from './yaml-lib.js';

export { MAX_FILE_BYTES } from './decode.js';
export { MAX_DEPTH };
const MAX_ALIAS_COUNT = 100;
/** Beyond this many open brackets the parser itself runs out of memory: refuse before parsing. */
const MAX_FLOW_SCAN = 1000;

export interface SourceFile {
  file: string;
  readonly text: string;
  /** The parsed data, or undefined when the file could not be read as YAML. */
  data: unknown;
  /** Problems found while reading: encoding, size, syntax, duplicate keys, aliases, depth. */
  diagnostics: Diagnostic[];
  /** Where `path` is in the file; `onKey` points at the key instead of its value. */
  rangeOf(path: DocPath, onKey?: boolean): Range;
  /** The positions of every value (for the parse cache). */
  positions(): PositionTable;
}

/** What reading a file produced, without the file name: the unit the parse cache stores. */
export interface ParseResult {
  /** The text, or how to get it (from the cache, decoded only when a finding needs it). */
  text: string | (() => string);
  data: unknown;
  diagnostics: Omit<Diagnostic, 'file'>[];
  positions: PositionTable | (() => PositionTable);
  /** One entry of the position table without loading all of it (the parse cache gives this). */
  positionAt?: PositionLookup;
  /** Where each line starts, when known without the text (the parse cache stores them). */
  lineStarts?: () => number[];
  /** Read by the fast path: cheaper to read again than to store (the parse cache keeps only `yaml`'s reads). */
  fast?: boolean;
}

export function loadSource(file: string, input: Uint8Array | string): SourceFile {
  return sourceFrom(file, parseText(input));
}

export function sourceFrom(file: string, result: ParseResult): SourceFile {
  return new Source(file, result);
}

/**
 * A class, not an object literal with a getter: V8 allocated such literals in the old generation,
 * so each one kept its plan's data alive through every young collection until a full one (a warm
 * `cssp check --cache` of 10,000 plans spent 0.5 s collecting garbage; 0.18 s as a class).
 */
class Source implements SourceFile {
  readonly data: unknown;
  readonly diagnostics: Diagnostic[];
  private table: PositionTable | undefined;
  private decoded: string | undefined;
  private starts: number[] | undefined;

  constructor(readonly file: string, private readonly result: ParseResult) {
    this.data = result.data;
    this.diagnostics = result.diagnostics.map((d) => ({ ...d, file }));
    this.table = typeof result.positions === 'function' ? undefined : result.positions;
    this.decoded = typeof result.text === 'string' ? result.text : undefined;
  }

  get text(): string {
    return (this.decoded ??= (this.result.text as () => string)());
  }

  positions(): PositionTable {
    return (this.table ??= (this.result.positions as () => PositionTable)());
  }

  rangeOf(path: DocPath, onKey?: boolean): Range {
    const table = this.table ?? this.result.positionAt ?? this.positions();
    // From the parse cache when it has them: a finding's position then needs no read of the file.
    return rangeInTable(table, (this.starts ??= this.result.lineStarts?.() ?? lineStarts(this.text)), path, onKey);
  }
}

/**
 * The position table is built while the Document is at hand (0.14 ms for a 23 KB plan, 5% of its
 * parse), and the Document is let go: a Document kept alive through the checks was promoted to the
 * old generation, which cost more in garbage collection than it saved, and building positions
 * later meant parsing the file again for its first finding (a district in draft, every plan with a
 * finding, checked in 1.8x the time of the same plans clean; with the table built here, 1.06x).
 */
export interface ParseOptions {
  /** Try the fast reading path first (fast-read.ts); false reads with `yaml` only. */
  fast?: boolean;
  /** The scanner's events for the decoded text, recorded elsewhere, or null where it gave up (fast-read.ts). */
  scanned?: ScanRecord | null;
}

export function parseText(input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const text = decodeText(input, diagnostics);
  const empty = (): PositionTable => ({});
  if (text === undefined) return { text: '', data: undefined, diagnostics, positions: empty };
  const lineEnds = lineEndingDiagnostic(text);
  if (lineEnds) diagnostics.push(lineEnds);
  let starts: number[] | undefined;
  const range = (start: number, end: number): Range => {
    starts ??= lineStarts(text);
    return { start: positionAt(starts, start), end: positionAt(starts, Math.max(end, start + 1)) };
  };
  // The fast path refuses deep nesting itself (js-yaml stops at 100 levels; the reader at 64).
  const fast = options.fast === false ? undefined : readFast(text, { scanned: options.scanned });
  if (fast) return { text, data: fast.data, diagnostics, positions: fast.positions, positionAt: fast.positionAt, fast: true };
  const deep = deepFlow(text);
  if (deep >= 0) {
    diagnostics.push(tooDeep(range(deep, deep + 1)));
    return { text, data: undefined, diagnostics, positions: empty };
  }
  const doc = parseYaml(text);
  const positions = buildPositions(doc, text);
  if (doc.errors.length > 0) {
    for (const f of explainYamlErrors(text, doc.errors)) {
      diagnostics.push(makeDiagnostic('', range(f.start, f.end), { ruleId: f.ruleId, severity: 'error', message: f.message, hint: f.hint }));
    }
    return { text, data: undefined, diagnostics, positions };
  }
  for (const w of doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')) {
    const tag = text.slice(w.pos[0]).match(/^!\S*/)?.[0] ?? 'tag';
    diagnostics.push(makeDiagnostic('', range(w.pos[0], w.pos[0] + tag.length), {
      ruleId: 'yaml-syntax', severity: 'warning',
      message: `The tag ${tag} is not part of YAML 1.2's core schema; cssp ignores it and reads the value as written.`,
      hint: 'Remove the tag: plan values are plain text, numbers, true/false, lists and blocks of fields.',
    }));
  }
  const tooDeepAt = firstNodeDeeperThan(doc, MAX_DEPTH);
  if (tooDeepAt >= 0) {
    diagnostics.push(tooDeep(range(tooDeepAt, tooDeepAt + 1)));
    return { text, data: undefined, diagnostics, positions };
  }
  try {
    return { text, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), diagnostics, positions };
  } catch (err) {
    const at = firstAlias(doc);
    diagnostics.push(makeDiagnostic('', range(at, at + 1), {
      ruleId: 'yaml-syntax', severity: 'error',
      message: `Too many alias references (*name): ${(err as Error).message}.`,
      hint: 'Write the values out instead of repeating them through anchors (&name) and aliases (*name).',
    }));
    return { text, data: undefined, diagnostics, positions };
  }
}

const tooDeep = (range: Range) => makeDiagnostic('', range, {
  ruleId: 'yaml-syntax', severity: 'error',
  message: `The data is nested more than ${MAX_DEPTH} levels deep.`,
  hint: 'A plan is nested a few levels deep; look for brackets [ { that are opened but never closed, or lines indented too far.',
});

/** Offset of the bracket that opens the MAX_FLOW_SCAN-th level, or -1; quotes and comments aside, a cheap upper bound. */
function deepFlow(text: string): number {
  // Fewer opening brackets than the limit cannot nest beyond it: count them first (a regex skips
  // ahead natively), and walk the text only when there are that many.
  const opening = /[[{]/g;
  let count = 0;
  while (opening.exec(text) && ++count <= MAX_FLOW_SCAN);
  if (count <= MAX_FLOW_SCAN) return -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_SCAN) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return -1;
}

/** Offset of the first node nested deeper than `max`, or -1. Iterative: the walk must not overflow either. */
function firstNodeDeeperThan(doc: Document, max: number): number {
  const { isCollection, isPair } = yamlLib();
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > max) return node.range?.[0] ?? 0;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return -1;
}

function firstAlias(doc: Document): number {
  let offset = 0;
  yamlLib().visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return yamlLib().visit.BREAK;
    },
  });
  return offset;
}
