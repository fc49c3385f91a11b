// cssp status: every site's stage, findings, drills, dates and agencies for a school year, as a
// table, JSON, CSV, Markdown or one self-contained HTML page. Exit 1 when a site is past a
// deadline (an overdue drill included).
import { UsageError } from '../errors.js';
import { wantsColor, type Io } from '../io/std.js';
import { openDistrictFrom } from '../district/open.js';
import { isSchoolYear, schoolYearOn } from '../plan/school-year.js';
import { writeOutput } from '../io/output.js';
import { gatherStatus } from '../status/gather.js';
import { districtStatus, statusExitCode } from '../status/site-status.js';
import { STATUS_FORMATS, type StatusFormat, type StatusReport } from '../status/types.js';
import { isIsoDate, today } from '../util/iso-date.js';

const isStatusFormat = (f: string): f is StatusFormat => (STATUS_FORMATS as readonly string[]).includes(f);

export interface StatusCommandOptions {
  year?: string;
  asOf?: string;
  format?: StatusFormat;
  output?: string;
  root?: string;
}

async function render(report: StatusReport, format: StatusFormat, color: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../status/format-json.js')).formatStatusJson(report);
    case 'csv':
      return (await import('../status/format-csv.js')).formatStatusCsv(report);
    case 'markdown':
      return (await import('../status/format-markdown.js')).formatStatusMarkdown(report);
    case 'html':
      return (await import('../status/format-html.js')).formatStatusHtml(report);
    default:
      return (await import('../status/format-table.js')).formatStatusTable(report, { color });
  }
}

export async function runStatus(opts: StatusCommandOptions, io: Io): Promise<number> {
  const asOf = opts.asOf ?? today();
  if (!isIsoDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, got "${opts.asOf}".`);
  if (opts.year !== undefined && !isSchoolYear(opts.year)) throw new UsageError(`--year must be a school year written like 2026-27, got "${String(opts.year)}".`);
  const format: string = opts.format ?? 'table';
  if (!isStatusFormat(format)) throw new UsageError(`--format must be one of ${STATUS_FORMATS.join(', ')}, got "${String(opts.format)}".`);
  const district = openDistrictFrom(opts.root, io.cwd, 'Run cssp status inside your district folder, or pass --root DIR.');
  const year = opts.year ?? schoolYearOn(asOf);
  const input = await gatherStatus(district, year, asOf, io.env);
  const report = districtStatus(input);
  const text = await render(report, format, !opts.output && wantsColor(io));
  if (opts.output) {
    writeOutput({ cwd: io.cwd, given: opts.output, data: text, what: 'the status' });
    io.stderr(`Wrote the ${year} status of ${report.summary.sites} sites to ${opts.output}.\n`);
  } else {
    io.stdout(text);
  }
  return statusExitCode(report);
}
