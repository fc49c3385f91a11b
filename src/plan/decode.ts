// Bytes to text, before any parser sees the file: size, UTF-8, byte order mark, line endings.
import { makeDiagnostic, type Diagnostic, type Range } from '../diagnostic.js';
import { bytePosition, firstInvalidUtf8 } from './encoding.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
// ignoreBOM keeps a byte order mark in the text, so it can be reported rather than silently dropped.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const at = (line: number, column: number): Range => ({ start: { line, column }, end: { line, column: column + 1 } });

/** The text without a BOM, or undefined when it cannot be read; problems go to `diagnostics` (file left ''). */
export function decodeText(input: Uint8Array | string, diagnostics: Diagnostic[]): string | undefined {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  if (size > MAX_FILE_BYTES) {
    diagnostics.push(makeDiagnostic('', at(1, 1), {
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
      diagnostics.push(makeDiagnostic('', at(line, column), {
        ruleId: 'file-encoding', severity: 'error',
        message: `File is not valid UTF-8: byte 0x${input[bad]!.toString(16).padStart(2, '0')} at line ${line}, column ${column}.`,
        hint: 'Save the file as UTF-8. Text pasted from Word or saved as Windows-1252 causes this; retype the character shown.',
      }));
      return undefined;
    }
  }
  if (text.charCodeAt(0) !== 0xfeff) return text;
  diagnostics.push(makeDiagnostic('', at(1, 1), {
    ruleId: 'file-encoding', severity: 'warning',
    message: 'File starts with a byte order mark (BOM).',
    hint: 'Save the file as "UTF-8" rather than "UTF-8 with BOM" (VS Code: click the encoding in the status bar).',
  }));
  return text.slice(1);
}

/** A warning at the first CRLF line end, or undefined. */
export function lineEndingDiagnostic(text: string): Diagnostic | undefined {
  const crlf = text.indexOf('\r\n');
  if (crlf < 0) return undefined;
  const line = text.slice(0, crlf).split('\n').length;
  return makeDiagnostic('', at(line, crlf - text.lastIndexOf('\n', crlf - 1)), {
    ruleId: 'line-endings', severity: 'warning',
    message: 'File uses Windows line endings (CRLF).',
    hint: 'Save with LF line endings, and add "*.yaml text eol=lf" to .gitattributes so git keeps them.',
  });
}
