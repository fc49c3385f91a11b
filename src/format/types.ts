// The contract between `cssp check` and its output formats. Formatters are pure: everything they
// need (colour, cwd, source text) arrives in the context, so only commands/check.ts does IO.
import type { Diagnostic } from '../diagnostic.js';

export interface FormatContext {
  /** Decided by the caller (TTY, NO_COLOR, FORCE_COLOR); only stylish uses it. */
  color: boolean;
  /** Files are printed relative to this. */
  cwd: string;
  /** Diagnostic.file -> file text, for code frames; may lack entries. */
  sources: ReadonlyMap<string, string>;
  filesChecked: number;
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
