// cssp diff: what changed between two plans, section by section, in words. A site (its plans of
// two school years) or a git ref (every plan of the district, working tree against that commit).
// A diff is information, not a finding: exit 0 whatever changed.
import { readText } from '../util/files.js';
import { join } from 'node:path';
import { ConfigError, UsageError } from '../errors.js';
import type { Io } from '../io/std.js';
import { planPath } from '../plan/paths.js';
import { openDistrictFrom, type District } from '../district/open.js';
import { firstYear, schoolYearStarting } from '../plan/school-year.js';
import { writeOutput } from '../io/output.js';
import { isConsecutiveYear, planYears } from '../district/years.js';
import { DIFF_FORMATS, formatReport, type DiffFormat } from '../diff/format.js';
import { comparePlans, type DiffReport } from '../diff/report.js';

export interface DiffCommandOptions {
  from?: string;
  to?: string;
  format?: DiffFormat;
  output?: string;
  root?: string;
}

export async function runDiff(target: string, opts: DiffCommandOptions, io: Io): Promise<number> {
  const format = opts.format ?? 'text';
  if (!DIFF_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${DIFF_FORMATS.join(', ')}, got "${String(format)}".`);
  const district = districtAt(io, opts.root);
  const isSite = district.config.sites.some((s) => s.id === target);
  const report = isSite ? siteReport(district, target, opts) : await refReport(district, target, opts);
  const text = formatReport(report, format);
  if (!opts.output) {
    io.stdout(text);
    return 0;
  }
  writeOutput({ cwd: io.cwd, given: opts.output, data: text, what: 'the comparison' });
  io.stderr(`Wrote ${opts.output}\n`);
  return 0;
}

function districtAt(io: Io, root: string | undefined): District {
  return openDistrictFrom(root, io.cwd, 'Run cssp diff inside your district folder, or pass --root DIR.');
}

const previousYear = (year: string) => schoolYearStarting(firstYear(year) - 1);

function checkYear(flag: string, year: string | undefined): void {
  if (year !== undefined && !isConsecutiveYear(year)) throw new UsageError(`${flag} must be a school year written like 2026-27, got "${year}".`);
}

function siteReport(district: District, site: string, opts: DiffCommandOptions): DiffReport {
  checkYear('--from', opts.from);
  checkYear('--to', opts.to);
  const plansFolder = join(district.root, district.plansDir);
  const years = planYears(plansFolder, site);
  if (years.length === 0) {
    throw new ConfigError(`The site ${site} has no plans yet (looked for ${planPath(district.plansDir, '<school-year>', site)}).`, `Start one with cssp new --site ${site}.`);
  }
  const to = opts.to ?? years.at(-1)!;
  const from = opts.from ?? previousYear(to);
  if (from === to) throw new UsageError(`--from and --to are both ${to}; name two different school years.`);
  const onFile = `School years with a plan for ${site}: ${years.join(', ')}.`;
  for (const [flag, year] of [['--from', from], ['--to', to]] as const) {
    if (!years.includes(year)) {
      const given = flag === '--from' ? opts.from : opts.to;
      throw new ConfigError(`There is no plan for ${site} in ${year}${given ? '' : ` (the ${flag} year by default)`}: ${planPath(district.plansDir, year, site)} does not exist.`, `${onFile} Name the years with --from and --to.`);
    }
  }
  const side = (year: string) => {
    const file = planPath(district.plansDir, year, site);
    return { label: file, text: readText(join(district.root, file)) };
  };
  const file = planPath(district.plansDir, to, site);
  return { mode: 'site', from, to, plans: [comparePlans(file, side(from), side(to))] };
}

async function refReport(district: District, ref: string, opts: DiffCommandOptions): Promise<DiffReport> {
  const sites = district.config.sites.map((s) => s.id);
  const notFound = () => new UsageError(
    `${ref} is neither a site in cssp.config.yaml nor a git commit, branch or tag.`,
    `Sites: ${sites.join(', ') || '(none registered)'}. For a git ref, try HEAD, main or HEAD~1.`,
  );
  // A range (main..HEAD, main...HEAD) is what git diff takes; cssp diff compares the plans as they are now with one commit.
  const range = /^(.*?)\.{2,3}(.*)$/.exec(ref);
  if (range) {
    throw new UsageError(
      `${ref} is a range of commits; cssp diff compares the plans as they are now with one commit.`,
      `Give the commit to compare with, for example cssp diff ${range[1] || 'main'} (what changed since ${range[1] || 'main'}).`,
    );
  }
  const { planFilesAtRef } = await import('../io/git-plans.js');
  const found = await planFilesAtRef(district, ref);
  if (!found) throw notFound();
  if (opts.from || opts.to) throw new UsageError('--from and --to go with a site, not a git ref.', `Compare a site's years with cssp diff <site> --from YEAR --to YEAR, or everything since a commit with cssp diff ${ref}.`);
  return { mode: 'ref', from: ref, to: 'working tree', plans: found.map((f) => comparePlans(f.file, f.before, f.after)) };
}
