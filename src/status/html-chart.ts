// The drill chart of the status page: inline SVG (no script, no fonts to fetch), one stacked bar
// per month of the school year up to the as-of date: requirement periods that ended that month,
// met (solid) and missed (hatched), so it reads in black and white too.
import { escapeHtml } from '../format/util.js';
import { monthName } from '../util/long-date.js';
import type { MonthDrills } from './types.js';

const W = 720;
const H = 280;
const M = { top: 34, right: 16, bottom: 58, left: 56 };

/** A round step for the y axis so there are at most about five ticks. */
function tickStep(max: number): number {
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000]) if (max / step <= 5) return step;
  return Math.ceil(max / 5);
}

export function drillChartSvg(months: readonly MonthDrills[], schoolYear: string, asOf: string): string {
  const max = Math.max(1, ...months.map((m) => m.due));
  const step = tickStep(max);
  const top = Math.ceil(max / step) * step;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const slot = plotW / Math.max(1, months.length);
  const barW = Math.min(44, slot * 0.6);
  const totalDue = months.reduce((n, m) => n + m.due, 0);
  const totalMet = months.reduce((n, m) => n + m.met, 0);
  const title = `Drill requirements met by month, ${schoolYear}, as of ${asOf}`;
  const desc = `${totalMet} of ${totalDue} drill requirement periods that ended by ${asOf} were met across the district.`;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="chart-title chart-desc" class="chart">`,
    `<title id="chart-title">${escapeHtml(title)}</title>`,
    `<desc id="chart-desc">${escapeHtml(desc)}</desc>`,
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="2"/></pattern></defs>',
  ];
  for (let v = 0; v <= top; v += step) {
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(v)}" y2="${y(v)}" stroke="#bbb" stroke-width="1"/>`);
    out.push(`<text x="${M.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="12">${v}</text>`);
  }
  months.forEach((m, i) => {
    const x = M.left + slot * i + (slot - barW) / 2;
    const missed = m.due - m.met;
    const current = m.month === asOf.slice(0, 7);
    const label = `${monthName(m.month)}: ${m.met} of ${m.due} met${current ? ' so far' : ''}`;
    out.push(`<g><title>${escapeHtml(label)}</title>`);
    if (m.met) out.push(`<rect x="${x}" y="${y(m.met)}" width="${barW}" height="${y(0) - y(m.met)}" fill="#333" stroke="#000"/>`);
    if (missed) out.push(`<rect x="${x}" y="${y(m.due)}" width="${barW}" height="${y(m.met) - y(m.due)}" fill="url(#hatch)" stroke="#000"/>`);
    out.push(`<text x="${x + barW / 2}" y="${y(m.due) - 5}" text-anchor="middle" font-size="12">${m.due ? `${m.met}/${m.due}` : current ? 'in progress' : 'none due'}</text>`);
    const [name = '', year = ''] = monthName(m.month).split(' ');
    out.push(`<text x="${x + barW / 2}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="12">${escapeHtml(name.slice(0, 3))}</text>`);
    if (i === 0 || m.month.endsWith('-01')) out.push(`<text x="${x + barW / 2}" y="${H - M.bottom + 30}" text-anchor="middle" font-size="11">${escapeHtml(year)}</text>`);
    out.push('</g>');
  });
  out.push(
    `<line x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}" stroke="#000"/>`,
    `<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${y(0)}" stroke="#000"/>`,
    `<text x="${M.left + plotW / 2}" y="${H - 8}" text-anchor="middle" font-size="13">Month the requirement period ended</text>`,
    `<text transform="translate(16 ${M.top + plotH / 2}) rotate(-90)" text-anchor="middle" font-size="13">Requirement periods (all sites)</text>`,
    `<rect x="${W - M.right - 190}" y="8" width="14" height="14" fill="#333" stroke="#000"/><text x="${W - M.right - 170}" y="19" font-size="12">met</text>`,
    `<rect x="${W - M.right - 120}" y="8" width="14" height="14" fill="url(#hatch)" stroke="#000"/><text x="${W - M.right - 100}" y="19" font-size="12">missed</text>`,
    '</svg>',
  );
  return out.join('\n');
}
