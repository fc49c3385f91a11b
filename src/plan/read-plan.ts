// The one reading of a plan or config file from disk: bytes through `read` (regular files only by
// default), then decode and parse (source.ts). A file that cannot be read becomes a positioned
// `file-read` error, so every caller reports it the way `cssp check` does.
import { makeDiagnostic } from '../diagnostic.js';
import { readRegularFile } from './discover.js';
import { parseText, sourceFrom, type ParseOptions, type ParseResult, type SourceFile } from './source.js';

export type FileReader = (file: string) => Uint8Array;

export interface ReadResult {
  source: SourceFile;
  /** The bytes read (absent when the file could not be read). */
  bytes?: Uint8Array;
  parsed?: ParseResult;
}

/** Reads and parses `file`. */
export function readPlanFile(file: string, read: FileReader = readRegularFile, options?: ParseOptions): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = read(file);
  } catch (err) {
    const source = sourceFrom(file, { text: '', data: undefined, diagnostics: [], positions: {} });
    source.diagnostics.push(makeDiagnostic(file, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, {
      ruleId: 'file-read', severity: 'error', message: `Cannot read the file: ${(err as Error).message}.`,
      hint: 'Check that the file exists and that you may read it.',
    }));
    return { source };
  }
  const parsed = parseText(bytes, options);
  return { source: sourceFrom(file, parsed), bytes, parsed };
}

/** The file's data, positions and reading diagnostics. */
export function readPlan(file: string, read?: FileReader): SourceFile {
  return readPlanFile(file, read).source;
}
