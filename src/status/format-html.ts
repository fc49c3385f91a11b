// The status page: one self-contained HTML file to open or e-mail. No script at all (details use
// <details>), and a Content-Security-Policy that refuses every request: inline styles and data:
// images only. Every string from a plan or the config goes through escapeHtml.
import { escapeHtml as e, plural } from '../format/util.js';
import { longDate } from '../util/long-date.js';
import { agenciesText, AGENCY_STATES, daysText, drillsText, footerLines, summaryLine } from './cells.js';
import { drillChartSvg } from './html-chart.js';
import { STATUS_CSS } from './html-style.js';
import { STAGE_LABELS, STAGES, type SiteStatus, type StatusReport } from './types.js';

export const STATUS_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Seven steps, filled up to the stage: readable without colour. */
const meter = (r: SiteStatus) => {
  const n = STAGES.indexOf(r.stage);
  return `<span class="meter" aria-hidden="true">${'■'.repeat(n)}${'□'.repeat(STAGES.length - 1 - n)}</span>`;
};

const anchor = (r: SiteStatus) => `site-${r.registered ? '' : 'unregistered-'}${r.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

function summaryRow(r: SiteStatus): string {
  const late = r.pastDeadline.length > 0;
  const cells = [
    `<a href="#${e(anchor(r))}">${e(r.name)}</a>${late ? ' <span class="flag">past a deadline</span>' : ''}`,
    `${meter(r)} ${e(STAGE_LABELS[r.stage])}${r.notes.length ? `<br><span class="note">${e(r.notes.join('; '))}</span>` : ''}`,
  ];
  const rest = [String(r.errors), String(r.warnings), drillsText(r), r.meeting ?? '', r.adoption ?? '', r.approval ?? '', daysText(r), agenciesText(r)];
  const tds = [...cells.map((c) => `<td>${c}</td>`), ...rest.map((c, i) => `<td class="${i < 2 ? 'num' : 'short'}">${e(c)}</td>`)];
  return `<tr${late ? ' class="late"' : ''}>${tds.join('')}</tr>`;
}

function list(items: readonly string[], empty: string): string {
  return items.length ? `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>` : `<p>${e(empty)}</p>`;
}

function siteDetails(r: SiteStatus): string {
  const dates: [string, string | undefined][] = [
    ['Plan file', r.file ?? 'none yet'],
    ['Adoption deadline', r.deadline && `${longDate(r.deadline)}${daysText(r) ? ` (${daysText(r)})` : ''}`],
    ['Public meeting', r.meeting && longDate(r.meeting)],
    ['Adopted', r.adoption && longDate(r.adoption)],
    ['Approved', r.approval && longDate(r.approval)],
    // EC 48985: the languages the family edition needs, each with its translation's state.
    ['Family edition', r.translations.length ? r.translations.map((t) => `${t.language} (${t.share}% of pupils): ${t.state}`).join('; ') : undefined],
  ];
  const d = r.drills;
  const drills = d.state === 'none'
    ? 'No plan, so no drill log.'
    : `${d.state === 'overdue' ? 'Overdue' : 'On track'}: ${d.periodsMet} of the ${plural(d.periodsEnded, 'requirement period')} that have ended were met; ${plural(d.logged, 'drill')} logged.`;
  const agencies = r.agencies.length
    ? `<table><tr><th>agency</th><th>type</th><th>consulted</th><th>owed the plan</th><th>state</th><th>last delivery</th></tr>${r.agencies
      .map((a) => `<tr><td>${e(a.agency)}</td><td>${e(a.type)}</td><td>${a.consulted ? 'yes' : 'no'}</td><td>${a.required ? 'yes' : 'no'}</td><td>${e(AGENCY_STATES[a.state])}</td><td>${e([a.last?.date, a.last?.edition, a.last?.version && `version ${a.last.version}`].filter(Boolean).join(', '))}</td></tr>`)
      .join('')}</table>`
    : '<p>No agency consulted or sent the plan yet.</p>';
  const findings = r.findings.length
    ? `<table><tr><th>severity</th><th>line</th><th>rule</th><th>message</th></tr>${r.findings
      .map((f) => `<tr><td>${e(f.severity)}</td><td class="num">${f.line}</td><td>${e(f.ruleId)}</td><td>${e(f.message)}</td></tr>`)
      .join('')}</table>`
    : '<p>No findings.</p>';
  const head = `${e(r.name)}: ${e(STAGE_LABELS[r.stage])}, ${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}${r.pastDeadline.length ? ', past a deadline' : ''}`;
  return [
    `<details id="${e(anchor(r))}"><summary>${head}</summary>`,
    r.notes.length ? `<p class="note">${e(r.notes.join('; '))}</p>` : '',
    `<dl>${dates.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v ?? '—')}</dd>`).join('')}</dl>`,
    r.pastDeadline.length ? `<h3>Past a deadline</h3>${list(r.pastDeadline, '')}` : '',
    `<h3>Drills</h3><p>${e(drills)}</p>${d.overdue.length ? list(d.overdue, '') : ''}`,
    `<h3>Agencies</h3>${agencies}`,
    `<h3>Findings of cssp check</h3>${findings}`,
    '</details>',
  ].join('\n');
}

export function formatStatusHtml(report: StatusReport): string {
  const title = `Safety plan status ${report.schoolYear}: ${report.district}`;
  const head = ['site', 'stage', 'errors', 'warnings', 'drills', 'meeting', 'adopted', 'approved', 'to March 1', 'agencies'];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(STATUS_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STATUS_CSS}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="meta">As of ${e(longDate(report.asOf))}. Stages: ${STAGES.map((s) => e(STAGE_LABELS[s])).join(' → ')}.</p>
<p class="summary">${e(summaryLine(report))}</p>
</header>
<main>
<h2>Sites</h2>
<table id="sites">
<tr>${head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr>
${report.sites.map(summaryRow).join('\n')}
</table>
<h2>Drill requirements by month</h2>
${drillChartSvg(report.drillMonths, report.schoolYear, report.asOf)}
<h2>Each site</h2>
${report.sites.map(siteDetails).join('\n')}
</main>
<footer>${[...footerLines(report), `Made by cssp status --as-of ${report.asOf}. Findings are those of cssp check on the same date.`].map((l) => `<p>${e(l)}</p>`).join('')}</footer>
</body>
</html>
`;
}
