// Markdown for a pull request or a GitHub job summary: the summary table, then what is past a
// deadline per site. Every piece of text goes through escapeMarkdown: a site name from a plan the
// registry does not list is whatever the pull request wrote.
import { escapeMarkdown } from '../format/markdown.js';
import { footerLines, summaryLine } from './cells.js';
import { shownColumns } from './columns.js';
import type { StatusReport } from './types.js';

export function formatStatusMarkdown(report: StatusReport): string {
  const row = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const COLUMNS = shownColumns(report.sites);
  const lines = [
    `## Safety plan status ${escapeMarkdown(report.schoolYear)}, as of ${escapeMarkdown(report.asOf)}`,
    '',
    escapeMarkdown(summaryLine(report)),
    '',
    row(COLUMNS.map((c) => c.title)),
    `|${COLUMNS.map((c) => (c.title === 'errors' || c.title === 'warnings' ? ' ---: ' : ' --- ')).join('|')}|`,
    ...report.sites.map((r) => row(COLUMNS.map((c) => c.value(r)))),
  ];
  const late = report.sites.filter((r) => r.pastDeadline.length);
  if (late.length) {
    lines.push('', '### Past a deadline', '');
    for (const r of late) lines.push(`- **${escapeMarkdown(r.name)}**: ${r.pastDeadline.map(escapeMarkdown).join(' ')}`);
  }
  const footer = footerLines(report);
  if (footer.length) lines.push('', ...footer.map(escapeMarkdown));
  return `${lines.join('\n')}\n`;
}
