// The contract between `cssp check` and its output formats. Formatters are pure: everything they
// need (colour, cwd, source text) arrives in the context, so only commands/check.ts does IO.
import type { Diagnostic, Severity } from '../diagnostic.js';

export interface FormatContext {
  /** Decided by the caller (TTY, NO_COLOR, FORCE_COLOR); only stylish uses it. */
  color: boolean;
  /** Files are printed relative to this. */
  cwd: string;
  /** Diagnostic.file -> file text, for code frames; may lack entries. */
  /** The text of a file with diagnostics (for code frames), read when asked for. */
  sources: { get(file: string): string | undefined };
  filesChecked: number;
  /** Every file checked, clean ones too, for formats that list them (JUnit); may be absent. */
  files?: readonly string[];
  /** --fail-on: findings at or above it fail the run (JUnit fails a file's test case on them). Default error. */
  failOn?: Severity;
  /** Findings left out by --quiet, so summaries can say they exist; absent without --quiet. */
  hidden?: HiddenCounts;
  toolVersion: string;
  /** Rule id -> one-line description, for formats that describe their rules (SARIF). */
  ruleDescriptions?: ReadonlyMap<string, string>;
}

export interface HiddenCounts {
  warnings: number;
  infos: number;
}

/** Returns the full output, ending in "\n" (or "" when the format has nothing to say). */
export type Formatter = (diagnostics: readonly Diagnostic[], ctx: FormatContext) => string;

export type FormatName = 'stylish' | 'json' | 'github' | 'sarif' | 'junit';
