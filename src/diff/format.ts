// A diff report as text for a terminal, JSON for programs, or Markdown for a pull-request comment.
// The sentences are the same in all three; only the layout and the escaping differ.
import { escapeMarkdown } from '../format/markdown.js';
import { AREAS, plural, type Change } from './change.js';
import type { DiffReport, PlanDiff } from './report.js';

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

const STATUS_NOTE: Record<PlanDiff['status'], string> = {
  changed: '', unchanged: 'No changes.', new: 'New plan.', removed: 'Plan removed.', unreadable: '',
};

const school = (p: PlanDiff) => (p.name && p.site ? `${p.name} (${p.site})` : (p.name ?? p.site ?? p.file));

/** Site mode: "Bayside Elementary School (bayside-elementary): 2025-26 → 2026-27"; ref mode: "2026-27/bayside-elementary.yaml (Bayside Elementary School)". */
function planTitle(report: DiffReport, p: PlanDiff): string {
  if (report.mode === 'site') return `${school(p)}: ${report.from} → ${report.to}`;
  return p.name ? `${p.file} (${p.name})` : p.file;
}

export function byArea(changes: readonly Change[]): [string, Change[]][] {
  return AREAS.map((area) => [area, changes.filter((c) => c.area === area)] as [string, Change[]]).filter(([, list]) => list.length);
}

/** What the report says about one plan besides its list of changes, or undefined when the list says it. */
function note(p: PlanDiff): string | undefined {
  if (p.problem) return p.problem;
  if (p.status === 'new' || p.status === 'removed' || p.changes.length === 0) return STATUS_NOTE[p.status] || 'No changes.';
  return undefined;
}

function heading(report: DiffReport): string {
  const shown = report.plans.filter((p) => p.status !== 'unchanged');
  return `Plans changed in the working tree since ${report.from}: ${shown.length ? plural(shown.length, 'plan') : 'none'}`;
}

export function formatText(report: DiffReport): string {
  const lines: string[] = [];
  const single = report.mode === 'site';
  if (!single) lines.push(heading(report), '');
  for (const p of report.plans.filter((p) => single || p.status !== 'unchanged')) {
    lines.push(planTitle(report, p));
    const said = note(p);
    if (said) lines.push(`  ${said}`);
    else {
      for (const [area, list] of byArea(p.changes)) {
        lines.push(`  ${area}`);
        for (const c of list) lines.push(`    - ${c.text}`);
      }
    }
    lines.push('');
  }
  if (!single && report.plans.every((p) => p.status === 'unchanged')) lines.push('No changes.', '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The JSON shape is documented in the README (cssp diff); fields are only ever added. */
export function formatJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function formatMarkdown(report: DiffReport): string {
  const single = report.mode === 'site';
  const lines: string[] = single ? [] : [`### ${escapeMarkdown(heading(report))}`, ''];
  const shown = report.plans.filter((p) => single || p.status !== 'unchanged');
  for (const p of shown) {
    lines.push(`${single ? '###' : '####'} ${escapeMarkdown(planTitle(report, p))}`, '');
    const said = note(p);
    if (said) lines.push(escapeMarkdown(said), '');
    else {
      for (const [area, list] of byArea(p.changes)) {
        lines.push(`**${escapeMarkdown(area)}**`, '', ...list.map((c) => `- ${escapeMarkdown(c.text)}`), '');
      }
    }
  }
  if (shown.length === 0) lines.push('No changes.', '');
  return `${lines.join('\n').trimEnd()}\n`;
}

export function formatReport(report: DiffReport, format: DiffFormat): string {
  return format === 'json' ? formatJson(report) : format === 'markdown' ? formatMarkdown(report) : formatText(report);
}
