// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Rules are derived from the
// diagnostics themselves (formatters are pure and do not load the rule registry), with a helpUri
// to the Education Code section on leginfo when the citation names one.
import type { Diagnostic, Severity } from '../diagnostic.js';
import type { Formatter } from './types.js';
import { displayPath, sortDiagnostics } from './util.js';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** "EC 32282(a)(2)(B)" -> the leginfo page for EDC 32282; other codes have no stable URL. */
export function citationUri(citation: string | undefined): string | undefined {
  const section = /^EC\s+(\d+(?:\.\d+)?)/.exec(citation ?? '')?.[1];
  if (section === undefined) return undefined;
  return `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=EDC&sectionNum=${section}`;
}

// artifactLocation.uri is a URI reference: spaces, # and ? in file names must be percent-encoded.
const toUri = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

function buildRules(sorted: readonly Diagnostic[], descriptions: ReadonlyMap<string, string> | undefined) {
  const citations = new Map<string, string | undefined>();
  // The first diagnostic with a citation wins, so `schema` findings without one don't hide it.
  for (const d of sorted) if (!citations.get(d.ruleId)) citations.set(d.ruleId, d.citation);
  return [...citations.keys()].sort().map((id) => {
    const citation = citations.get(id);
    const helpUri = citationUri(citation);
    return {
      id,
      shortDescription: { text: descriptions?.get(id) ?? citation ?? id },
      ...(helpUri !== undefined && { helpUri }),
      ...(citation !== undefined && { properties: { citation } }),
    };
  });
}

export const formatSarif: Formatter = (diagnostics, ctx) => {
  const sorted = sortDiagnostics(diagnostics);
  const rules = buildRules(sorted, ctx.ruleDescriptions);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = sorted.map((d) => ({
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId)!,
    level: level[d.severity],
    message: { text: d.hint ? `${d.message}\n${d.hint}` : d.message },
    // Which of the rule's messages, and its data: what a program acts on (the text may be reworded).
    ...(d.messageId !== undefined && { properties: { messageId: d.messageId, ...(d.data && { data: d.data }) } }),
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(displayPath(d.file, ctx.cwd)) },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
      },
    ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'cssp', version: ctx.toolVersion, informationUri: 'https://github.com/cssp/cssp', rules },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
