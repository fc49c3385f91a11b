// The one writer of what a command makes on request (`-o, --output`): a report, a PDF, a CSV or a
// calendar. Atomic (plan/write.ts), never onto a YAML file (the plans and cssp.config.yaml are
// YAML: `render -o plans/2026-27/x.yaml` once replaced the plan with a PDF), and a failure is said
// as the user's situation ("the disk is full"), with the file named, not as cssp's bug.
import { extname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../plan/write.js';
import { describeFsError } from './fs-errors.js';

export interface OutputRequest {
  cwd: string;
  /** The name as the user gave it (or the default), shown in messages. */
  given: string;
  data: string | Uint8Array;
  /** What is written, for messages: "the report", "the PDF". */
  what: string;
}

/** Refuses an output name cssp must not write to; commands call it before long work (printing). */
export function checkOutputName(given: string, what: string): void {
  if (/^\.ya?ml$/i.test(extname(given))) {
    throw new UsageError(
      `cssp did not write ${what} to ${given}: a .yaml name is a plan or the district settings, and writing there would replace one.`,
      `Give -o a name that says what the file is, for example ${suggestedName(given, what)}.`,
    );
  }
}

/** Writes the output; returns its absolute path. */
export function writeOutput({ cwd, given, data, what }: OutputRequest): string {
  checkOutputName(given, what);
  const path = resolve(cwd, given);
  try {
    writeFileAtomic(path, data);
  } catch (err) {
    throw new UsageError(`Cannot write ${what} to ${given}: ${describeFsError(err)}.`, 'Give -o a file name in a folder you can write to.');
  }
  return path;
}

const suggestedName = (given: string, what: string) => given.replace(/\.ya?ml$/i, what.includes('PDF') ? '.pdf' : '.txt');
