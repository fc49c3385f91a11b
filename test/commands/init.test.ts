// In-process runs of `cssp init` with scripted prompt answers (src/io/prompts.ts is replaced).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runInit } from '../../src/commands/init.js';
import { parseText } from '../../src/plan/source.js';
import { CancelledError, UsageError } from '../../src/errors.js';
import * as prompts from '../../src/io/prompts.js';
import { packageName, toolVersion } from '../../src/version.js';
import { memoryIo } from '../helpers/io.js';
import { testdir } from '../helpers/testdir.js';

vi.mock('../../src/io/prompts.js', () => ({ askText: vi.fn(), askSelect: vi.fn(), askConfirm: vi.fn() }));
const askText = vi.mocked(prompts.askText);
const askSelect = vi.mocked(prompts.askSelect);
beforeEach(() => vi.resetAllMocks());

const tty = (cwd: string) => Object.assign(memoryIo(cwd), { stdinIsTTY: true });
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

describe('cssp init, answering prompts', () => {
  it('asks the district, year, schools one by one and the folder; writes nothing before the last answer', async () => {
    const cwd = testdir({ 'old.txt': 'not empty' });
    askText
      .mockResolvedValueOnce('Lincoln Unified School District')
      .mockResolvedValueOnce('01-61119')
      .mockResolvedValueOnce('2027-28')
      .mockResolvedValueOnce('') // no CSV: one school at a time
      .mockResolvedValueOnce('Lincoln Elementary')
      .mockResolvedValueOnce('TK-5')
      .mockResolvedValueOnce('01611926000001')
      .mockResolvedValueOnce('') // done
      .mockImplementationOnce((q) => {
        expect(readdirSync(cwd)).toEqual(['old.txt']);
        return Promise.resolve(q.default!);
      });
    askSelect.mockResolvedValueOnce('elementary');
    const io = tty(cwd);
    expect(await runInit(undefined, { git: false }, io)).toBe(0);
    const questions = askText.mock.calls.map(([q]) => q.message);
    expect(questions[0]).toBe('District name (full legal name)?');
    expect(askText.mock.calls[2]![0]).toMatchObject({ message: 'School year of the first calendar?', default: expect.stringMatching(/^\d{4}-\d{2}$/) as string });
    expect(askText.mock.calls[5]![0].default).toBe('TK-5');
    // The current folder is not empty, so the folder offered is one named after the district.
    expect(askText.mock.calls[8]![0]).toMatchObject({ message: 'Folder for the district repository?', default: 'lincoln-unified-school-district' });
    const root = join(cwd, 'lincoln-unified-school-district');
    const config = read(root, 'cssp.config.yaml');
    expect(config).toContain('  name: Lincoln Unified School District\n  cdsCode: 01-61119\n');
    expect(config).toContain('calendars:\n  2027-28:\n    firstDay: 2027-08-11\n');
    expect(config).toContain('  - id: lincoln-elementary\n    name: Lincoln Elementary\n    level: elementary\n    grades: TK-5\n    cdsCode: "01611926000001"\n');
    expect(io.stdoutText).toContain('Created the district repository for Lincoln Unified School District in lincoln-unified-school-district:');
  });

  it('checks each answer on the spot', async () => {
    const cwd = testdir({});
    askText.mockResolvedValueOnce('Alpha USD').mockResolvedValueOnce('0161119').mockResolvedValueOnce('2027-28').mockResolvedValueOnce('').mockResolvedValueOnce('').mockResolvedValueOnce('.');
    await runInit(undefined, { git: false }, tty(cwd));
    const validate = (i: number) => askText.mock.calls[i]![0].validate!;
    expect(validate(0)(' ')).toBe('write the full legal name of the district.');
    expect(validate(1)('1-61119')).toMatch(/^write the 7-digit County-District code/);
    expect(validate(1)('01-61119-0000001')).toBe(true);
    expect(validate(2)('2027-29')).toBe('write the school year like 2027-28.');
    expect(validate(3)('missing.csv')).toMatch(/^Cannot read the sites file missing\.csv/);
    writeFileSync(join(cwd, 'x.txt'), 'x');
    expect(validate(5)('.')).toMatch(/^This folder is not empty \(\.gitattributes, \.github, \.gitignore, …\)$/);
    expect(read(cwd, 'cssp.config.yaml')).toContain('sites: []\n');
  });

  it('writes nothing when a prompt is cancelled', async () => {
    const cwd = testdir({});
    askText.mockResolvedValueOnce('Alpha USD').mockRejectedValueOnce(new CancelledError());
    await expect(runInit('district', {}, tty(cwd))).rejects.toBeInstanceOf(CancelledError);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('cssp init from flags', () => {
  const flags = { districtName: 'Alpha USD', cdsCode: '99-99999', year: '2026-27', git: false };

  // The staff README once told staff to check plans/2026-27/lincoln-elementary.yaml, whatever the district's schools were.
  it('writes a staff README whose example commands name one of the district\'s own schools and its year', async () => {
    const cwd = testdir({ 'sites.csv': 'name,level,grades\nBayview Elementary School,elementary,K-5\n' });
    expect(await runInit('d', { ...flags, year: '2027-28', sitesCsv: 'sites.csv' }, memoryIo(cwd))).toBe(0);
    const readme = read(cwd, 'd/README.md');
    expect(readme).toContain('npx cssp check plans/2027-28/bayview-elementary-school.yaml');
    expect(readme).toContain('npx cssp diff bayview-elementary-school');
    expect(readme).not.toContain('lincoln-elementary');
    expect(read(cwd, 'd/plans/README.md')).toContain('`plans/2027-28/bayview-elementary-school.yaml`');
  });

  it('pins this cssp exactly in package.json, and writes the dotfiles and workflow', async () => {
    const cwd = testdir({});
    expect(await runInit('d', flags, memoryIo(cwd))).toBe(0);
    const pkg = JSON.parse(read(cwd, 'd/package.json')) as { private: boolean; devDependencies: Record<string, string> };
    expect(pkg).toMatchObject({ private: true, devDependencies: { [packageName()]: toolVersion() } });
    spawnSync('git', ['init', '-q'], { cwd: join(cwd, 'd') });
    const ignored = (path: string) => spawnSync('git', ['check-ignore', '-q', path], { cwd: join(cwd, 'd') }).status === 0;
    // `git add .` once committed responder PDFs printed into the repository.
    expect(['out/lincoln-2026-27-responder.pdf', 'out/cssp-bundle-2026-27/responder/district.pdf', 'lincoln.pdf', '.cssp-cache'].filter((p) => !ignored(p))).toEqual([]);
    expect(ignored('plans/2026-27/lincoln.yaml')).toBe(false);
    expect(read(cwd, 'd/.gitattributes')).toContain('*.yaml text eol=lf\n');
    const workflow = read(cwd, 'd/.github/workflows/cssp.yml');
    expect(workflow).toMatch(/- run: npm ci\n[\s\S]*- uses: actions\/cache@v4\n\s+with:\n\s+path: \.cssp-cache\n[\s\S]*- run: npx cssp check --format github --cache\n/);
    // The job summary also says what the pull request changes and every site's stage; a site past a deadline does not fail it.
    const steps = (parseText(workflow).data as { jobs: { check: { steps: { run?: string }[] } } }).jobs.check.steps.map((st) => st.run ?? '');
    expect(steps.some((r) => r.includes('npx cssp diff "origin/$GITHUB_BASE_REF" --format markdown >> "$GITHUB_STEP_SUMMARY"'))).toBe(true);
    expect(steps).toContain('npx cssp status --format markdown >> "$GITHUB_STEP_SUMMARY" || test $? -eq 1');
    expect(read(cwd, 'd/README.md')).toMatch(/^# Alpha USD: school safety plans\n/);
    expect(read(cwd, 'd/cssp.config.yaml')).toMatch(new RegExp(`^# yaml-language-server: \\$schema=node_modules/${packageName()}/schemas/config.schema.json\n`));
    expect(existsSync(join(cwd, 'd/standards/starters/child-abuse-reporting.md'))).toBe(true);
    expect(readdirSync(cwd)).toEqual(['d']); // no staging folder left behind
  });

  it('without a terminal, names the missing flags with an example and asks nothing', async () => {
    const err = await runInit('d', { git: false }, memoryIo(testdir({}))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).hint).toMatch(/^Missing: --district-name <name>, --cds-code <code>\. The rest have defaults\. For example:\n {2}cssp init /);
    expect(askText).not.toHaveBeenCalled();
  });

  it('refuses a folder that is not empty before asking anything, unless --force', async () => {
    const cwd = testdir({ 'd/notes.txt': 'keep me', 'd/cssp.config.yaml': 'old' });
    const err = await runInit('d', {}, tty(cwd)).catch((e: unknown) => e);
    expect((err as UsageError).message).toBe('d is not empty (cssp.config.yaml, notes.txt), so cssp init did not write anything.');
    expect(askText).not.toHaveBeenCalled();
    expect(await runInit('d', { ...flags, force: true }, memoryIo(cwd))).toBe(0);
    expect(read(cwd, 'd/notes.txt')).toBe('keep me');
    expect(read(cwd, 'd/cssp.config.yaml')).toContain('Alpha USD');
  });

  it('takes an empty folder, or one holding only .git (a fresh clone)', async () => {
    const cwd = testdir({});
    mkdirSync(join(cwd, 'clone/.git'), { recursive: true });
    expect(await runInit('clone', flags, memoryIo(cwd))).toBe(0);
    expect(existsSync(join(cwd, 'clone/cssp.config.yaml'))).toBe(true);
  });

  it('refuses a bad flag value with exit 2', async () => {
    await expect(runInit('d', { ...flags, cdsCode: '123' }, memoryIo(testdir({})))).rejects.toThrow(/^--cds-code: write the 7-digit/);
    await expect(runInit('d', { ...flags, sitesCsv: 's.csv' }, memoryIo(testdir({ 's.csv': 'name,level,grades\nA,school,K-5\n' })))).rejects.toThrow(/^The sites file s\.csv has problems:\n {2}row 2 \(A\): the level "school"/);
  });
});
