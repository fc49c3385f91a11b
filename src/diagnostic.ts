// The one result type of every check: schema errors, loader problems and rule findings alike.
export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  line: number; // 1-based
  column: number; // 1-based
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  citation?: string;
  hint?: string;
  /** For rule findings: which of the rule's messages, with its data, and the path in the file it concerns. */
  messageId?: string;
  data?: Readonly<Record<string, string | number | undefined>>;
  path?: readonly (string | number)[];
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return rank[severity] <= rank[threshold];
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    rank[a.severity] - rank[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export function makeDiagnostic(
  file: string,
  range: Range,
  fields: Pick<Diagnostic, 'ruleId' | 'severity' | 'message'> & Partial<Pick<Diagnostic, 'citation' | 'hint' | 'messageId' | 'data' | 'path'>>,
): Diagnostic {
  const d: Diagnostic = {
    ruleId: fields.ruleId,
    severity: fields.severity,
    message: fields.message,
    file,
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
  };
  if (fields.citation) d.citation = fields.citation;
  if (fields.hint) d.hint = fields.hint;
  if (fields.messageId) d.messageId = fields.messageId;
  if (fields.data) d.data = fields.data;
  if (fields.path) d.path = fields.path;
  return d;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  return { files, errors: count('error'), warnings: count('warning'), infos: count('info') };
}
