// In-process runs of `cssp check`: options, exit codes and outputs, on small inline districts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { ConfigError, UsageError } from '../../src/errors.js';
import { memoryIo } from '../helpers/io.js';
import { testdir } from '../helpers/testdir.js';

const config = `schemaVersion: 1
district: { name: Test USD, cdsCode: 99-99999 }
calendars: {}
sites:
  - { id: alpha, name: Alpha Elementary, level: elementary, grades: K-5 }
`;
// A plan with one schema error (line 5) and CRLF-free text; rules add their own findings.
const plan = `schemaVersion: 1
schoolYear: 2026-27
site:
  id: alpha
  level: elemantary
`;

const district = () => testdir({ 'cssp.config.yaml': config, 'plans/2026-27/alpha.yaml': plan });

describe('cssp check', () => {
  it('finds the whole district under plansDir, and only there', async () => {
    const root = testdir({ 'cssp.config.yaml': `${config}plansDir: safety\n`, 'safety/2026-27/alpha.yaml': plan, 'plans/2026-27/stray.yaml': plan });
    const io = memoryIo(root);
    expect(await runCheck([], { format: 'json', asOf: '2026-11-23' }, io)).toBe(1);
    const files = new Set((JSON.parse(io.stdoutText) as { diagnostics: { file: string }[] }).diagnostics.map((d) => d.file));
    expect([...files]).toEqual(['safety/2026-27/alpha.yaml']);
  });

  it('passes a district with no plans yet, listing each site as not started until March 1', async () => {
    const root = testdir({ 'cssp.config.yaml': `${config}plansDir: safety\n` });
    const io = memoryIo(root);
    expect(await runCheck([], { format: 'json', asOf: '2026-11-23' }, io)).toBe(0);
    const out = JSON.parse(io.stdoutText) as { diagnostics: { ruleId: string; severity: string; message: string }[] };
    expect(out.diagnostics).toEqual([expect.objectContaining({ ruleId: 'district-coverage', severity: 'warning' })]);
    expect(out.diagnostics[0]!.message).toBe('Alpha Elementary (`alpha`): the 2026-27 plan is not started yet (due by March 1, 2027): expected safety/2026-27/alpha.yaml.');
    // After the adoption deadline the same district fails.
    expect(await runCheck([], { format: 'json', asOf: '2027-03-02' }, memoryIo(root))).toBe(1);
  });

  it('refuses named folders that hold no plans', async () => {
    const root = testdir({ 'cssp.config.yaml': `${config}plansDir: safety\n`, 'safety/README.md': 'x' });
    const err = await runCheck(['safety'], {}, memoryIo(root)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toBe('No plan files found in safety.');
    expect((err as ConfigError).hint).toMatch(/^Plans live at safety\/<school-year>\/<site-id>\.yaml, for example safety\/2026-27\/lincoln-elementary\.yaml; run `cssp new` to start one\.$/);
  });

  it('reports findings as JSON and exits 1', async () => {
    const root = district();
    const io = memoryIo(root);
    expect(await runCheck([], { format: 'json', asOf: '2026-11-23' }, io)).toBe(1);
    const out = JSON.parse(io.stdoutText) as { diagnostics: { file: string; line: number; ruleId: string; message: string }[]; summary: { files: number } };
    expect(out.summary.files).toBe(1);
    const level = out.diagnostics.find((d) => d.message.includes('elemantary'))!;
    expect(level).toMatchObject({ file: 'plans/2026-27/alpha.yaml', line: 5, ruleId: 'schema' });
  });

  it('finds the district from a subfolder and from a plan path', async () => {
    const root = district();
    const io = memoryIo(join(root, 'plans'));
    expect(await runCheck(['2026-27/alpha.yaml'], { format: 'json', asOf: '2026-11-23' }, io)).toBe(1);
    expect(io.stdoutText).toContain('2026-27/alpha.yaml');
  });

  it('--quiet keeps errors only; --fail-on decides the exit code', async () => {
    const root = testdir({ 'cssp.config.yaml': config, 'plans/2026-27/alpha.yaml': plan.replace('\n', '\r\n') });
    const io = memoryIo(root);
    await runCheck([], { format: 'json', asOf: '2026-11-23', quiet: true }, io);
    const out = JSON.parse(io.stdoutText) as { diagnostics: { severity: string }[] };
    expect(out.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('writes --output atomically and a job summary for --format github', async () => {
    const root = district();
    const summary = join(root, 'summary.md');
    const io = memoryIo(root, { GITHUB_STEP_SUMMARY: summary });
    expect(await runCheck([], { format: 'github', output: 'report.txt', asOf: '2026-11-23' }, io)).toBe(1);
    const report = readFileSync(join(root, 'report.txt'), 'utf8');
    expect(report).toMatch(/^::error file=plans\/2026-27\/alpha.yaml,line=1,col=1,/);
    // GitHub shows 10 error annotations a step; the rest are counted in a notice.
    expect(report).toMatch(/^::notice::\d+ more errors not shown as annotations/m);
    expect(readFileSync(summary, 'utf8')).toContain('## cssp check');
    expect(io.stdoutText).toBe('');
  });

  it('defaults to github annotations inside GitHub Actions', async () => {
    const io = memoryIo(district(), { GITHUB_ACTIONS: 'true' });
    await runCheck([], { asOf: '2026-11-23' }, io);
    expect(io.stdoutText).toMatch(/^::error /m);
  });

  it('reports the config file’s own errors at their line', async () => {
    const root = testdir({ 'cssp.config.yaml': config.replace('calendars: {}', 'calendars: {}\nrule: {}'), 'plans/2026-27/alpha.yaml': plan });
    const io = memoryIo(root);
    await runCheck([], { format: 'json', asOf: '2026-11-23' }, io);
    expect(io.stdoutText).toContain('"file":"cssp.config.yaml","line":4,"column":1');
    expect(io.stdoutText).toContain('did you mean `rules`?');
  });

  it('--root names the district folder from anywhere', async () => {
    const root = district();
    const io = memoryIo(testdir({}));
    expect(await runCheck([], { format: 'json', asOf: '2026-11-23', root }, io)).toBe(1);
    const out = JSON.parse(io.stdoutText) as { diagnostics: { file: string }[]; summary: { files: number } };
    expect(out.summary.files).toBe(1);
    expect(out.diagnostics.some((d) => d.file.endsWith('plans/2026-27/alpha.yaml'))).toBe(true);
  });

  it('--root without a cssp.config.yaml is an exit-2 error that says what to fix', async () => {
    const elsewhere = testdir({ 'plans/2026-27/alpha.yaml': plan });
    const error: unknown = await runCheck([], { asOf: '2026-11-23', root: 'plans' }, memoryIo(elsewhere)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ message: 'No cssp.config.yaml in plans.', exitCode: 2 });
    expect((error as ConfigError).hint).toContain('--root');
  });

  it('rejects a bad --as-of and a missing district with exit-2 errors', async () => {
    await expect(runCheck([], { asOf: '2026-13-01' }, memoryIo(district()))).rejects.toThrow(UsageError);
    await expect(runCheck([], {}, memoryIo(testdir({ 'x.txt': '' })))).rejects.toThrow(ConfigError);
    await expect(runCheck(['nope.yaml'], {}, memoryIo(district()))).rejects.toThrow(/No such file or folder: nope.yaml/);
  });
});

describe('cssp check --quiet', () => {
  it('passes the counts of what it hides to the report', async () => {
    const root = testdir({ 'cssp.config.yaml': config, 'plans/2026-27/alpha.yaml': plan.replace('\n', '\r\n') });
    const loud = memoryIo(root);
    await runCheck([], { format: 'json', asOf: '2026-11-23' }, loud);
    const quiet = memoryIo(root);
    await runCheck([], { format: 'json', asOf: '2026-11-23', quiet: true }, quiet);
    const summary = (io: typeof loud) => (JSON.parse(io.stdoutText) as { summary: { warnings: number } }).summary;
    expect(summary(quiet)).toEqual(summary(loud));
    expect(summary(quiet).warnings).toBeGreaterThan(0);
    const text = memoryIo(root);
    await runCheck([], { format: 'stylish', asOf: '2026-11-23', quiet: true }, text);
    expect(text.stdoutText).toMatch(/✖ \d+ errors in 1 of 1 file \(\d+ warnings? not shown; run without -q to see them\)\n$/);
  });
});

describe('cssp check --format junit', () => {
  it('lists every checked file as a test case, the config too when it has findings', async () => {
    const root = testdir({ 'cssp.config.yaml': `${config}rules: { no-such-rule: info }\n`, 'plans/2026-27/alpha.yaml': plan, 'plans/2026-27/beta.yaml': plan });
    const io = memoryIo(root);
    await runCheck([], { format: 'junit', asOf: '2026-11-23' }, io);
    const names = [...io.stdoutText.matchAll(/<testcase classname="cssp" name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['cssp.config.yaml', 'plans/2026-27/alpha.yaml', 'plans/2026-27/beta.yaml']);
  });
});
