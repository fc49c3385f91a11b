// cssp drill list and cssp drill export: the logged drills of a school year, as a table, JSON or CSV.
import { logRows, pickYear, readPlans, type LogRow } from '../drill/log.js';
import { EXPORT_COLUMNS, LIST_COLUMNS, toCsv, toJson, toTable } from '../drill/table.js';
import type { Io } from '../io/std.js';
import { openDistrictFrom, type District } from '../district/open.js';
import { writeOutput } from '../io/output.js';
import { today } from '../util/iso-date.js';

export interface DrillListOptions {
  site?: string;
  year?: string;
  type?: string;
  format?: 'text' | 'json' | 'csv';
  output?: string;
  root?: string;
  asOf?: string;
}

export function districtAt(io: Io, root: string | undefined): District {
  return openDistrictFrom(root, io.cwd, 'Run cssp drill inside your district folder.');
}

/** The rows the options ask for; plans that cannot be read are named on standard error. */
function rowsFor(opts: DrillListOptions, io: Io): { rows: LogRow[]; year: string } {
  const district = districtAt(io, opts.root);
  const year = pickYear(district, opts.year, opts.asOf ?? today());
  const { plans, problems } = readPlans(district, year, opts.site);
  problems.forEach((p) => io.stderr(`${p}\n`));
  return { rows: logRows(plans, opts.type), year };
}

export function runDrillList(opts: DrillListOptions, io: Io): number {
  const { rows, year } = rowsFor(opts, io);
  const columns = opts.site ? LIST_COLUMNS.slice(1) : LIST_COLUMNS;
  if (opts.format === 'json') io.stdout(toJson(rows));
  else if (opts.format === 'csv') io.stdout(toCsv(rows, columns));
  else io.stdout(rows.length ? toTable(rows, columns) : `No ${opts.type ? `${opts.type} ` : ''}drills logged in ${year}${opts.site ? ` for ${opts.site}` : ''}.\n`);
  return 0;
}

export function runDrillExport(opts: DrillListOptions, io: Io): number {
  const { rows, year } = rowsFor(opts, io);
  const csv = toCsv(rows, EXPORT_COLUMNS);
  if (!opts.output) {
    io.stdout(csv);
    return 0;
  }
  writeOutput({ cwd: io.cwd, given: opts.output, data: csv, what: 'the drill log' });
  io.stdout(`Wrote ${rows.length} drill${rows.length === 1 ? '' : 's'} of ${year} to ${opts.output}.\n`);
  return 0;
}
