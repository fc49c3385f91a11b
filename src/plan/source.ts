// The one loader for plan and config files: bytes in, plain data plus positioned diagnostics out.
//
// Speed: `yaml` keeps positions and comments but parses ~15x slower than js-yaml
// (stack-measurements.md §4). Most files are clean, so data comes from js-yaml and the `yaml`
// Document is built only when a diagnostic needs a line and column, or when js-yaml rejects the
// text (then `yaml` explains the error with a position). Files with anchors always take the slow
// path, because only `yaml` guards against alias bombs.
import { load as fastLoad, CORE_SCHEMA } from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import { makeDiagnostic, type Diagnostic, type Range } from '../diagnostic.js';
import { bytePosition, firstInvalidUtf8 } from './encoding.js';
import { rangeOf } from './locate.js';
import { locateInText, splitLines } from './locate-text.js';
import { yamlLib } from './yaml-lib.js';
import type { DocPath } from './paths.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_ALIAS_COUNT = 100;
// ignoreBOM keeps a byte order mark in the text, so it can be reported rather than silently dropped.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Does the text define a YAML anchor (&name)? A scan of each '&' beats a regex over ~20 KB of prose. */
function hasAnchor(text: string): boolean {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    const before = i === 0 ? '\n' : text[i - 1]!;
    const after = text[i + 1];
    if (' \t\r\n[{,:-'.includes(before) && after !== undefined && !' \t\r\n[]{},'.includes(after)) return true;
  }
  return false;
}

export interface SourceFile {
  file: string;
  text: string;
  /** The parsed data, or undefined when the file could not be read as YAML at all. */
  data: unknown;
  /** Problems found while reading: encoding, size, syntax, duplicate keys, aliases. */
  diagnostics: Diagnostic[];
  /** Where `path` is in the file; `onKey` points at the key instead of its value. */
  rangeOf(path: DocPath, onKey?: boolean): Range;
  /** The yaml Document with positions and comments (parsed on first use). */
  document(): { doc: Document; lineCounter: LineCounter };
}

const at = (line: number, column: number): Range => ({ start: { line, column }, end: { line, column: column + 1 } });

export function loadSource(file: string, input: Uint8Array | string): SourceFile {
  const diagnostics: Diagnostic[] = [];
  const text = decode(file, input, diagnostics);
  if (text === undefined) return makeSource(file, '', undefined, diagnostics);
  const crlf = text.indexOf('\r\n');
  if (crlf >= 0) {
    const line = text.slice(0, crlf).split('\n').length;
    diagnostics.push(makeDiagnostic(file, at(line, crlf - text.lastIndexOf('\n', crlf - 1)), {
      ruleId: 'line-endings', severity: 'warning',
      message: 'File uses Windows line endings (CRLF).',
      hint: 'Save with LF line endings, and add "*.yaml text eol=lf" to .gitattributes so git keeps them.',
    }));
  }
  if (!hasAnchor(text)) {
    try {
      return makeSource(file, text, fastLoad(text, { schema: CORE_SCHEMA, filename: file }), diagnostics);
    } catch {
      // Fall through: `yaml` re-parses and reports the problem with its position.
    }
  }
  return slowLoad(file, text, diagnostics);
}

/** Size, UTF-8 and BOM checks: the text without a BOM, or undefined when it cannot be read. */
function decode(file: string, input: Uint8Array | string, diagnostics: Diagnostic[]): string | undefined {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  if (size > MAX_FILE_BYTES) {
    diagnostics.push(makeDiagnostic(file, at(1, 1), {
      ruleId: 'file-too-large', severity: 'error',
      message: `File is ${(size / 1048576).toFixed(1)} MiB; a plan may be at most ${MAX_FILE_BYTES / 1048576} MiB.`,
      hint: 'Move long attachments out of the plan: keep maps as image files beside it and long policies in standards/.',
    }));
    return undefined;
  }
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      // The native decoder validates and decodes in one pass; the byte loop only locates a bad byte.
      text = strictUtf8.decode(input);
    } catch {
      const bad = Math.max(0, firstInvalidUtf8(input));
      const { line, column } = bytePosition(input, bad);
      diagnostics.push(makeDiagnostic(file, at(line, column), {
        ruleId: 'file-encoding', severity: 'error',
        message: `File is not valid UTF-8: byte 0x${input[bad]!.toString(16).padStart(2, '0')} at line ${line}, column ${column}.`,
        hint: 'Save the file as UTF-8. Text pasted from Word or saved as Windows-1252 causes this; retype the character shown.',
      }));
      return undefined;
    }
  }
  if (text.charCodeAt(0) !== 0xfeff) return text;
  diagnostics.push(makeDiagnostic(file, at(1, 1), {
    ruleId: 'file-encoding', severity: 'warning',
    message: 'File starts with a byte order mark (BOM).',
    hint: 'Save the file as "UTF-8" rather than "UTF-8 with BOM" (VS Code: click the encoding in the status bar).',
  }));
  return text.slice(1);
}

function slowLoad(file: string, text: string, diagnostics: Diagnostic[]): SourceFile {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const err of doc.errors) {
    const [start, end] = err.pos;
    const duplicate = err.code === 'DUPLICATE_KEY';
    diagnostics.push(makeDiagnostic(file, { start: pos(start), end: pos(Math.max(end, start + 1)) }, {
      ruleId: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
      severity: 'error',
      message: yamlMessage(err.code, err.message),
      hint: yamlHint(err.code),
    }));
  }
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      const alias = /(^|[\s[{,:-])\*[^\s[\]{},]/m.exec(text);
      const offset = alias ? alias.index + alias[1]!.length : 0;
      diagnostics.push(makeDiagnostic(file, { start: pos(offset), end: pos(offset + 1) }, {
        ruleId: 'yaml-syntax', severity: 'error',
        message: `Too many alias references (*name): ${(err as Error).message}.`,
        hint: 'Write the values out instead of repeating them through anchors (&name) and aliases (*name).',
      }));
    }
  }
  return makeSource(file, text, data, diagnostics, { doc, lineCounter });
}

function makeSource(
  file: string,
  text: string,
  data: unknown,
  diagnostics: Diagnostic[],
  parsed?: { doc: Document; lineCounter: LineCounter },
): SourceFile {
  let lines: ReturnType<typeof splitLines> | undefined;
  const source: SourceFile = {
    file, text, data, diagnostics,
    document() {
      if (!parsed) {
        const { LineCounter, parseDocument } = yamlLib();
        const lineCounter = new LineCounter();
        parsed = { doc: parseDocument(text, { lineCounter, uniqueKeys: false, version: '1.2' }), lineCounter };
      }
      return parsed;
    },
    rangeOf(path, onKey = false) {
      // Most plans are plain block YAML: find the place in the text, and parse with `yaml` only
      // when the text locator is unsure (see locate-text.ts).
      if (!parsed) {
        const fast = locateInText((lines ??= splitLines(text)), path, onKey);
        if (fast) return fast;
      }
      const { doc, lineCounter } = source.document();
      return rangeOf(doc, lineCounter, text, path, onKey);
    },
  };
  return source;
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'TAB_AS_INDENT') return 'A tab character is used for indentation; YAML allows only spaces.';
  if (code === 'DUPLICATE_KEY') return `${first.replace(/\.$/, '')}: the same key appears twice in one block.`;
  return `YAML syntax error: ${first}`;
}

function yamlHint(code: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'Replace the tab with spaces (two per level). In VS Code: "Convert Indentation to Spaces".';
    case 'DUPLICATE_KEY':
      return 'Delete one of the two entries, or merge them; YAML keeps only one and the other would be lost.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'Check the indentation of this line against the lines above; items of one list or block line up exactly.';
    default:
      return 'Text that contains a colon followed by a space, or starts with a special character (@ ` | > * & ! % #), needs quotes.';
  }
}
