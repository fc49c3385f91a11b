// Machine output on one line. Keys are built in a fixed order so the text is stable for diffing.
// `citation` and `hint` are omitted (not null) when a diagnostic has none, matching Diagnostic
// itself, so consumers test `"hint" in d` or `d.hint !== undefined` alike.
import type { Formatter } from './types.js';
import { displayPath, sortDiagnostics, summarizeAll } from './util.js';

export const formatJson: Formatter = (diagnostics, ctx) => {
  const sorted = sortDiagnostics(diagnostics);
  const out = {
    diagnostics: sorted.map((d) => ({
      file: displayPath(d.file, ctx.cwd),
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      severity: d.severity,
      ruleId: d.ruleId,
      message: d.message,
      // Which of the rule's messages, and its data: what a program acts on (the text may be reworded).
      ...(d.messageId !== undefined && { messageId: d.messageId }),
      ...(d.data !== undefined && { data: d.data }),
      ...(d.citation !== undefined && { citation: d.citation }),
      ...(d.hint !== undefined && { hint: d.hint }),
    })),
    // Real counts even under --quiet, which leaves warnings and infos out of `diagnostics`.
    summary: summarizeAll(sorted, ctx.filesChecked, ctx.hidden),
  };
  return `${JSON.stringify(out)}\n`;
};
