// npm run bench:check [-- --sizes 1000,10000 --runs 3]
//
// Times `cssp check` (schema + every rule, with file:line positions) against ajv-cli 5 (schema
// only) on the same generated districts, and one plan's check against the 0.3 s target.
// Writes the table to stdout and bench/results.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureDistrict, ensureFindingsDistrict, YEARS } from './generate.js';
import { readFast } from '../src/plan/fast-read.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(REPO, 'bench', '.data');
const AS_OF = '2026-11-23';
const SCHEMA = 'schemas/plan.schema.json';
const { values: args } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, runs: { type: 'string' } } });
const sizes = args.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`--sizes wants sizes like 1000,10000, got ${args.sizes}`);

// An earlier cssp renamed its report over `--output /dev/null`, turning the device into a regular
// file on this machine (fixed in src/plan/write.ts); timings on such a machine would be wrong.
const nullIsDevice = () => statSync('/dev/null').isCharacterDevice();
if (!nullIsDevice()) throw new Error('/dev/null is not a device any more (restore: mknod -m 666 /dev/null c 1 3).');
const run = (cmd: string, argv: string[]) => spawnSync(cmd, argv, { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 30 });
const hasHyperfine = run('hyperfine', ['--version']).status === 0;
if (!existsSync(join(REPO, 'dist', 'main.js')) && run('npm', ['run', 'build']).status !== 0) throw new Error('npm run build failed');

// ajv-cli with the options a team would use to validate the same schema; it expands the -d glob itself.
const ajv = (glob: string) => ['node_modules/ajv-cli/dist/index.js', 'validate', '--spec=draft2020', '-c', 'ajv-formats',
  '--all-errors', '--errors=line', '-s', SCHEMA, '-d', glob];
// A real report file, like a CI job would write.
const cssp = (out: string, ...rest: string[]) => ['bin/cssp.js', 'check', ...rest, '--as-of', AS_OF, '--format', 'json', '--output', out];

interface Timing { median: number; min: number; max: number }
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

/**
 * Wall time of `node argv…`: hyperfine -N (no shell) when installed, else spawnSync with hrtime.
 * `fresh` names a file deleted before every run (the cold cache case).
 */
function time(argv: string[], runs: number, fresh?: string, env: Record<string, string> = {}): Timing {
  if (hasHyperfine) {
    const json = join(DATA, 'hyperfine.json');
    const quoted = ['node', ...argv].map((a) => (/^[\w./=:-]+$/.test(a) ? a : `'${a}'`)).join(' ');
    const prepare = fresh ? ['--prepare', `rm -f ${fresh}`] : [];
    // -i: exit code 1 (findings / invalid files) is a normal outcome; verify() checks it was not 2.
    const r = spawnSync('hyperfine', ['-N', '-i', '--style', 'none', '--warmup', '1', ...prepare, '--runs', String(runs), '--export-json', json, quoted], { cwd: REPO, encoding: 'utf8', env: { ...process.env, ...env } });
    if (r.status !== 0) throw new Error(`hyperfine failed: ${r.stderr}`);
    const { times } = (JSON.parse(readFileSync(json, 'utf8')) as { results: { times: number[] }[] }).results[0]!;
    return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
  }
  const times: number[] = [];
  for (let i = -1; i < runs; i++) {
    if (fresh) rmSync(fresh, { force: true });
    const t0 = process.hrtime.bigint();
    spawnSync('node', argv, { cwd: REPO, stdio: 'ignore', env: { ...process.env, ...env } });
    if (i >= 0) times.push(Number(process.hrtime.bigint() - t0) / 1e9); // i = -1 is the warm-up
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

/** One untimed run to check the command works and to say what it found. */
function verify(kind: 'cssp' | 'ajv', argv: string[], report?: string): string {
  const r = run('node', argv);
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${argv.join(' ')} exited ${r.status}:\n${r.stderr.slice(0, 2000)}`);
  if (kind === 'ajv') {
    const invalid = (r.stderr.match(/ invalid$/gm) ?? []).length;
    return `${(r.stdout.match(/ valid$/gm) ?? []).length} valid, ${invalid} invalid`;
  }
  const { diagnostics, summary } = JSON.parse(readFileSync(report!, 'utf8')) as { diagnostics: { file: string; severity: string }[]; summary: Record<string, number> };
  const withErrors = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).size;
  return `${summary.files} files, ${withErrors} with errors; ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos`;
}

interface Row { label: string; n: number; t: Timing; base: Record<string, Timing | undefined> }
const rows: Row[] = [];
const notes: string[] = [];
const say = (s: string) => process.stderr.write(`${s}\n`);

/** How many of a district's plans the fast reading path takes (src/plan/fast-read.ts), in this process. */
function fastShare(root: string): string {
  const files = readdirSync(join(root, 'plans'), { recursive: true, encoding: 'utf8' }).filter((f) => /^\d{4}-\d{2}\/[^/]+\.yaml$/.test(f));
  const fast = files.filter((f) => readFast(readFileSync(join(root, 'plans', f), 'utf8')) !== undefined).length;
  return `${fast} of ${files.length}`;
}
const sampleShare = fastShare(REPO);

for (const n of sizes) {
  const t0 = Date.now();
  const d = ensureDistrict(join(REPO, 'plans'), DATA, n);
  // The same plans with a finding in each (a district in draft): a finding must not cost a second parse.
  const f = ensureFindingsDistrict(d);
  say(`n=${n}: ${d.reused ? 'reusing' : 'generated'} ${d.root} (${d.sites} sites x ${YEARS.length} years) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (d.missingMaps.length) notes.push(`The sample lacks maps it references (${d.missingMaps.join(', ')}); the generated districts have stand-in SVGs.`);
  const runs = args.runs ? Number(args.runs) : n >= 10000 ? 3 : 5;
  const report = join(DATA, `report-n${n}.json`);
  const reportF = join(DATA, `report-n${n}-findings.json`);
  const cache = join(DATA, `cache-n${n}`);
  const cacheF = join(DATA, `cache-n${n}-findings`);
  const cases: Record<string, { argv: string[]; fresh?: string; label: string; env?: Record<string, string> }> = {
    A: { argv: cssp(report, '--root', d.root), label: 'A `cssp check`, no cache' },
    Cold: { argv: cssp(report, '--root', d.root, '--cache', '--cache-location', cache), fresh: cache, label: 'cold: `cssp check --cache`, empty cache' },
    Warm: { argv: cssp(report, '--root', d.root, '--cache', '--cache-location', cache), label: 'warm: `cssp check --cache`, cache filled' },
    ColdY: { argv: cssp(report, '--root', d.root, '--cache', '--cache-location', cache), fresh: cache, env: { CSSP_YAML_FAST: '0' }, label: 'cold, every file read by `yaml` (CSSP_YAML_FAST=0)' },
    AF: { argv: cssp(reportF, '--root', f.root), label: 'A with a finding in every plan' },
    ColdF: { argv: cssp(reportF, '--root', f.root, '--cache', '--cache-location', cacheF), fresh: cacheF, label: 'cold, a finding in every plan' },
    WarmF: { argv: cssp(reportF, '--root', f.root, '--cache', '--cache-location', cacheF), label: 'warm, a finding in every plan' },
    F: { argv: ['bench/floor.mjs', d.root], label: 'F floor: one thread, read + parseDocument' },
    B: { argv: ajv(`${d.root}/plans/*/*.yaml`), label: 'B ajv-cli, same YAML' },
    C: { argv: ajv(`${d.jsonDir}/*.json`), label: 'C ajv-cli, JSON copies' },
  };
  const found = verify('cssp', cases.A!.argv, report);
  notes.push(`N=${d.plans}: A \`cssp check\`: ${found}. B ajv-cli YAML: ${verify('ajv', cases.B!.argv)}. C ajv-cli JSON: ${verify('ajv', cases.C!.argv)}.`);
  notes.push(`N=${d.plans}, a finding in every plan: ${verify('cssp', cases.AF!.argv, reportF)}.`);
  const t: Record<string, Timing> = {};
  for (const [k, c] of Object.entries(cases)) {
    t[k] = time(c.argv, runs, c.fresh, c.env); // the warm-up run fills the cache for Warm
    say(`  ${k}: median ${t[k].median.toFixed(2)} s (${runs} runs)`);
  }
  const warm = verify('cssp', cases.Warm!.argv, report);
  if (warm !== found) throw new Error(`the warm run reported something else: ${warm}`);
  for (const [k, c] of Object.entries(cases)) rows.push({ label: c.label, n: d.plans, t: t[k]!, base: { F: t.F, B: t.B, C: t.C } });
  notes.push(`N=${d.plans}: the fast reading path took ${fastShare(d.root)} plans (clean) and ${fastShare(f.root)} (a finding in each); the sample district's: ${sampleShare}.`);
  const vsAjv = (k: string) => (t[k]!.median / t.B!.median).toFixed(2);
  notes.push(`N=${d.plans} against ajv-cli (B): **cold ${vsAjv('Cold')}x, cold with a finding in every plan ${vsAjv('ColdF')}x** (target ≤ 1.0x); `
    + `**warm ${vsAjv('Warm')}x, warm with findings ${vsAjv('WarmF')}x** (target ≤ 0.5x); no cache ${vsAjv('A')}x and ${vsAjv('AF')}x; `
    + `cold with every file read by \`yaml\` ${vsAjv('ColdY')}x (the fast path makes cold ${(t.ColdY!.median / t.Cold!.median).toFixed(1)}x faster).`);
  notes.push(`N=${d.plans}: **cold / floor = ${(t.Cold!.median / t.F!.median).toFixed(2)}x** (target ≤ 1.2x); **warm / ajv-cli YAML = ${(t.Warm!.median / t.B!.median).toFixed(2)}x** (target ≤ 0.3x).`);
  notes.push(`N=${d.plans}, a finding in every plan: **plain / plain clean = ${(t.AF!.median / t.A!.median).toFixed(2)}x** (target ≤ 1.2x); **plain / floor = ${(t.AF!.median / t.F!.median).toFixed(2)}x** (target ≤ 1.0x); **warm / warm clean = ${(t.WarmF!.median / t.Warm!.median).toFixed(2)}x** (target ≤ 1.2x).`);
}

// D: the edit-check loop of a site lead, one plan, target < 0.3 s.
const one = join('plans', '2026-27', readdirSync(join(REPO, 'plans', '2026-27')).sort().find((f) => f.endsWith('.yaml'))!);
const dArgs = cssp(join(DATA, 'report-one.json'), one, '--root', 'plans');
notes.push(`D \`${one}\`: ${verify('cssp', dArgs, join(DATA, 'report-one.json'))}.`);
rows.push({ label: 'D `cssp check` of one plan', n: 1, t: time(dArgs, 10), base: {} });
notes.push(`D median ${rows.at(-1)!.t.median.toFixed(2)} s: ${rows.at(-1)!.t.median < 0.3 ? 'within' : '**over**'} the 0.3 s target for one plan.`);

if (!nullIsDevice()) throw new Error('/dev/null turned into a regular file during the run; the timings are not trustworthy.');
const s = (x: number) => x.toFixed(2);
const ratio = (x: number, base?: Timing) => (base ? `${(x / base.median).toFixed(2)}x` : '—');
const ratios = (r: Row) => ['F', 'B', 'C'].map((k) => ratio(r.t.median, r.base[k])).join(' | ');
const git = run('git', ['describe', '--always', '--dirty']).stdout.trim();
const table = [
  '| case | N plans | median s | min–max s | ms / plan | vs F (floor) | vs B (ajv-cli YAML) | vs C (ajv-cli JSON) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.label} | ${r.n} | ${s(r.t.median)} | ${s(r.t.min)}–${s(r.t.max)} | ${(r.t.median * 1000 / r.n).toFixed(2)} | ${ratios(r)} |`),
].join('\n');
const md = `# cssp check benchmark

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:check -- --sizes ${args.sizes}${args.runs ? ` --runs ${args.runs}` : ''}\`:
Node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${process.platform}, commit ${git},
${hasHyperfine ? 'hyperfine -N, 1 warm-up' : 'spawnSync + hrtime, 1 warm-up'}; runs: 5 (3 at N ≥ 10000) unless --runs, 10 for D. Times are wall clock of the whole process.

${table}

- A: \`node bin/cssp.js check --root <district> --as-of ${AS_OF} --format json --output <file>\`: schema, every rule, positions
  (a real file, not /dev/null: see check.ts). dist/ as built from the working tree at the time; the bench builds only if it is missing.
  Workers: the default (a thread per two cores from ${2 * 100} files to parse; on 2-3 cores one worker from 4,000; otherwise,
  from 400 files to parse, a second thread reads and scans them ahead of the checking thread: check/read-ahead.ts).
- Cold and warm: A with \`--cache --cache-location <file>\`; cold deletes the cache before each run (it parses every file and
  writes the cache), warm keeps it (nothing changed, so no plan is read or checked again: each plan's findings are reused; district rules still run, and the report is the same).
- F: \`node bench/floor.mjs <district>\`: one thread that reads each plan and \`parseDocument\`s it, nothing else: the cost of
  reading the files at all with \`yaml\`, which cold runs are measured against.
- B, C: \`node node_modules/ajv-cli/dist/index.js validate --spec=draft2020 -c ajv-formats --all-errors --errors=line -s ${SCHEMA} -d <glob>\`: the schema only, same schema file.
- **B is not a like-for-like check**: ajv-cli reads \`.yaml\` with js-yaml 3 (YAML 1.1), so unquoted dates become Date objects
  and fail \`type: string\`: every plan with an unquoted date is invalid (counts below). The timing still counts (it parses and validates every file).
  C validates JSON copies of the same data (dates as strings): no YAML parsing at all.
- The districts are ${YEARS.join(' and ')} plans of N/2 sites, copies of the 12 sample plans with varied ids, names and drill
  times; every 50th site drops or duplicates a drill, so some files have findings.
${notes.map((x) => `- ${x}`).join('\n')}
- **Noise**: on this shared machine the same command varies ±15–25% between rounds. Compare the ratios within one run,
  not absolute seconds across runs.
`;
console.log(md);
writeFileSync(join(REPO, 'bench', 'results.md'), md);
