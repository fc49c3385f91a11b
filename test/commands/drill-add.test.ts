// In-process runs of `cssp drill add`, by flags and with scripted prompt answers.
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runDrillAdd, type DrillAddOptions } from '../../src/commands/drill-add.js';
import { runNew } from '../../src/commands/new.js';
import { insertDrill } from '../../src/drill/insert.js';
import { CancelledError, CsspError, UsageError } from '../../src/errors.js';
import * as prompts from '../../src/io/prompts.js';
import { openDistrict } from '../../src/district/open.js';
import { copySample } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';

vi.mock('../../src/io/prompts.js', () => ({ askText: vi.fn(), askSelect: vi.fn(), askConfirm: vi.fn() }));
const askText = vi.mocked(prompts.askText);
const askSelect = vi.mocked(prompts.askSelect);
const askConfirm = vi.mocked(prompts.askConfirm);
beforeEach(() => vi.resetAllMocks());

const PLAN = '2026-27/bayside-elementary.yaml';
const asOf = '2026-11-23';
const flags = (more: DrillAddOptions = {}): DrillAddOptions => ({
  site: 'bayside-elementary', type: 'earthquake', date: '2026-11-20', time: '10:05', conductedBy: 'Dr. Maribel Ochoa, Principal', asOf, ...more,
});
const AB1858 = { parentNoticeBefore: '2026-11-17', parentNoticeAfter: '2026-11-20', startAnnouncement: true, ageAppropriate: true, supportResources: true, simulatedGunfire: false };

describe('cssp drill add by flags', () => {
  it('splices the drill in date order, says what it meets, and keeps every other byte', async () => {
    const root = copySample();
    const before = readFileSync(join(root, PLAN), 'utf8');
    chmodSync(join(root, PLAN), 0o640);
    const io = memoryIo(root);
    expect(await runDrillAdd(flags({ duration: '8' }), io)).toBe(0);
    const after = readFileSync(join(root, PLAN), 'utf8');
    const lines = '  - type: earthquake\n    date: 2026-11-20\n    time: "10:05"\n    durationMinutes: 8\n    conductedBy: Dr. Maribel Ochoa, Principal\n';
    expect(after).toBe(before + lines);
    expect(statSync(join(root, PLAN)).mode & 0o777).toBe(0o640);
    expect(io.stdoutText).toContain('Logged the earthquake drill of 2026-11-20 at 10:05 in 2026-27/bayside-elementary.yaml (entry 12 under drills:).');
    expect(io.stdoutText).toContain('Q2 earthquake drill for Bayside Elementary School: quarterly requirement met (EC 32282(a)(2)(B)(i)(II))');
  });

  it('puts an earlier drill before later ones and says a month already met is met', async () => {
    const root = copySample();
    const io = memoryIo(root);
    await runDrillAdd(flags({ type: 'fire', date: '2026-11-05', time: '09:00' }), io);
    const after = readFileSync(join(root, PLAN), 'utf8');
    const at = (entry: string) => after.indexOf(`  - type: ${entry}\n`);
    expect(at('fire\n    date: 2026-11-05')).toBeGreaterThan(at('secure\n    date: 2026-11-04'));
    expect(at('fire\n    date: 2026-11-05')).toBeLessThan(at('fire-alarm\n    date: 2026-11-18'));
    expect(io.stdoutText).toContain('November fire drill for Bayside Elementary School: monthly requirement already met (2 logged in November) (EC 32001; 5 CCR 550)');
  });

  it('refuses an exact duplicate (exit 2) and writes nothing', async () => {
    const root = copySample();
    const before = readFileSync(join(root, PLAN), 'utf8');
    await expect(runDrillAdd(flags({ type: 'fire', date: '2026-11-18', time: '09:15' }), memoryIo(root))).rejects.toThrow(/already logs a fire drill on 2026-11-18 at 09:15 \(entry 11/);
    expect(readFileSync(join(root, PLAN), 'utf8')).toBe(before);
  });

  it.each([
    [{ time: 'after lunch' }, /--time: "after lunch" is not a time; write it like 09:40, 14:00 or 10:15 AM/],
    [{ time: '13:15 PM' }, /--time: "13:15 PM" is not a time/],
    [{ type: 'fire', evacuationSeconds: '4 minutes' }, /--evacuation-seconds: write the time as minutes:seconds \(4:30\)/],
    [{ type: 'tornado' }, /--type: "tornado" is not a drill type/],
    [{ date: '2026-07-20', year: '2026-27' }, /--date: 2026-07-20 is outside the 2026-27 school year \(August 12, 2026 to June 3, 2027\)/],
    [{ date: '2026-12-01' }, /after today/],
    [{ site: 'nowhere' }, /not in the site registry/],
  ])('refuses bad input %o with exit 2', async (bad, message) => {
    const root = copySample();
    const err = await runDrillAdd(flags(bad as DrillAddOptions), memoryIo(root)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).message).toMatch(message);
    expect((err as UsageError).exitCode).toBe(2);
  });

  it('says to run cssp new first when the year has no plan', async () => {
    const root = copySample();
    const err = (await runDrillAdd(flags({ date: '2027-08-20', asOf: '2027-09-01' }), memoryIo(root)).catch((e: unknown) => e)) as UsageError;
    expect(err.message).toMatch(/There is no 2027-28 plan for Bayside Elementary School/);
    expect(err.hint).toBe('Run `cssp new --site bayside-elementary --year 2027-28` first, then log the drill.');
  });

  it('asks for the AB 1858 record of a lockdown drill under lockdownAsArmedAssailant, and writes it', async () => {
    const root = copySample();
    const missing = (await runDrillAdd(flags({ type: 'lockdown' }), memoryIo(root)).catch((e: unknown) => e)) as UsageError;
    expect(missing.message).toMatch(/lockdown drill is an armed-assailant drill under district policy/);
    expect(missing.hint).toMatch(/--parent-notice-before <date> --parent-notice-after <date> --start-announcement/);
    expect(await runDrillAdd(flags({ type: 'lockdown', ...AB1858 }), memoryIo(root))).toBe(0);
    expect(readFileSync(join(root, PLAN), 'utf8')).toContain(
      '    armedAssailant:\n      parentNoticeBefore: 2026-11-17\n      parentNoticeAfter: 2026-11-20\n      startAnnouncement: true\n      ageAppropriate: true\n      supportResources: true\n      simulatedGunfire: false\n',
    );
  });

  it('logs a truthful record of simulated gunfire and shows the finding', async () => {
    const root = copySample();
    const io = memoryIo(root);
    expect(await runDrillAdd(flags({ type: 'armed-assailant', ...AB1858, simulatedGunfire: true }), io)).toBe(0);
    expect(io.stdoutText).toMatch(/error \d+:\d+ .*gunfire was simulated.*\(armed-assailant-drill-record\)/);
  });

  it("logs the first drill of a plan cssp new started: drills: [] is the one line that changes", async () => {
    const root = copySample();
    await runNew({ site: 'bayside-elementary', year: '2027-28', git: false, yes: true }, memoryIo(root));
    const file = join(root, '2027-28/bayside-elementary.yaml');
    const before = readFileSync(file, 'utf8');
    expect(await runDrillAdd(flags({ date: '2027-08-20', asOf: '2027-09-01' }), memoryIo(root))).toBe(0);
    const entry = '  - type: earthquake\n    date: 2027-08-20\n    time: "10:05"\n    conductedBy: Dr. Maribel Ochoa, Principal\n';
    expect(readFileSync(file, 'utf8')).toBe(before.replace('drills: []\n', `drills:\n${entry}`));
  });

  // Times as people write them, stored as the plan writes them (HH:MM; seconds).
  it('takes a start time like 10:15 AM and an evacuation time like 4:30, and the participants', async () => {
    const root = copySample();
    expect(await runDrillAdd(flags({ type: 'fire', date: '2026-11-19', time: '2:05 pm', evacuationSeconds: '4:30', participants: '431' }), memoryIo(root))).toBe(0);
    const text = readFileSync(join(root, PLAN), 'utf8');
    expect(text).toContain('  - type: fire\n    date: 2026-11-19\n    time: "14:05"\n    evacuationSeconds: 270\n    conductedBy: Dr. Maribel Ochoa, Principal\n    participants: 431\n');
  });

  // The first drill of a plan started after August makes the open finding "no fire alarm in
  // August, September and October" smaller; it does not bring it in, so it does not stop the drill.
  it('logs the first fire drill of a plan started late in the year', async () => {
    const root = copySample();
    await runNew({ site: 'bayside-elementary', year: '2027-28', git: false, yes: true }, memoryIo(root));
    const file = join(root, '2027-28/bayside-elementary.yaml');
    const io = memoryIo(root);
    // As of December 4, November has ended: the finding lists August to November before the
    // drill, August to October after it.
    expect(await runDrillAdd(flags({ type: 'fire', date: '2027-11-12', asOf: '2027-12-04' }), io)).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('drills:\n  - type: fire\n    date: 2027-11-12\n');
  });

  it('logs a drill that shortens a list of missing months without a refusal', async () => {
    const root = copySample();
    const file = join(root, PLAN);
    // The sample's September and October fire drills removed: "no fire drill in September and
    // October" is open before the edit, "in September" after it.
    let text = readFileSync(file, 'utf8');
    for (const date of ['2026-09-16', '2026-10-14']) text = text.replace(new RegExp(`  - type: fire\\n    date: ${date}\\n(?: {4}.*\\n)*`), '');
    expect(text).not.toContain('  - type: fire\n    date: 2026-10-14');
    writeFileSync(file, text);
    expect(await runDrillAdd(flags({ type: 'fire', date: '2026-10-15', time: '09:30' }), memoryIo(root))).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('  - type: fire\n    date: 2026-10-15\n');
  });

  it('-o writes the edited plan elsewhere and leaves the plan alone', async () => {
    const root = copySample();
    const before = readFileSync(join(root, PLAN), 'utf8');
    await runDrillAdd(flags({ output: 'out.yaml' }), memoryIo(root));
    expect(readFileSync(join(root, PLAN), 'utf8')).toBe(before);
    expect(readFileSync(join(root, 'out.yaml'), 'utf8')).toContain('date: 2026-11-20');
  });

  it('does not edit a plan with YAML errors, and says where they are', async () => {
    const root = copySample();
    writeFileSync(join(root, PLAN), `${readFileSync(join(root, PLAN), 'utf8')}  - type: fire\n   date: [\n`);
    await expect(runDrillAdd(flags(), memoryIo(root))).rejects.toThrow(/has YAML errors, so cssp did not edit it:\n {2}\d+:\d+/);
  });
});

describe('cssp drill add with prompts', () => {
  const tty = (root: string) => Object.assign(memoryIo(root), { stdinIsTTY: true });

  it('asks what the flags leave out, offering today and the last person who ran a drill', async () => {
    const root = copySample();
    askSelect.mockResolvedValueOnce('bayside-elementary').mockResolvedValueOnce('fire');
    askText.mockResolvedValueOnce('2026-11-20').mockResolvedValueOnce('10:05 AM').mockResolvedValueOnce('15').mockResolvedValueOnce('2:50').mockResolvedValueOnce('418')
      .mockResolvedValueOnce('Lorraine Pak, Office Manager (designee)').mockResolvedValueOnce('Engine 31; Officer Jimenez').mockResolvedValueOnce('');
    expect(await runDrillAdd({ asOf }, tty(root))).toBe(0);
    expect(askText.mock.calls[0]![0]).toMatchObject({ default: asOf });
    expect(askText.mock.calls[5]![0]).toMatchObject({ default: 'Lorraine Pak, Office Manager (designee)' });
    expect(askText.mock.calls[1]![0].validate!('after lunch')).toMatch(/not a time; write it like 09:40, 14:00 or 10:15 AM/);
    expect(askText.mock.calls[4]![0].message).toMatch(/How many people took part/);
    expect(readFileSync(join(root, PLAN), 'utf8')).toMatch(/time: "10:05"\n {4}durationMinutes: 15\n {4}evacuationSeconds: 170\n {4}conductedBy: Lorraine Pak.*\n {4}participants: 418\n {4}observers:\n {6}- Engine 31\n {6}- Officer Jimenez\n$/);
  });

  it('asks the AB 1858 questions for a lockdown drill', async () => {
    const root = copySample();
    askText.mockResolvedValueOnce('').mockResolvedValueOnce('').mockResolvedValueOnce('').mockResolvedValueOnce('2026-11-16').mockResolvedValueOnce('2026-11-20');
    askConfirm.mockResolvedValue(true).mockResolvedValueOnce(true).mockResolvedValueOnce(true).mockResolvedValueOnce(true).mockResolvedValueOnce(false);
    expect(await runDrillAdd(flags({ type: 'lockdown', conductedBy: 'X' }), tty(root))).toBe(0);
    expect(askText.mock.calls.map((c) => c[0].message)).toContain('Date parents were told of the drill beforehand (YYYY-MM-DD)?');
    expect(readFileSync(join(root, PLAN), 'utf8')).toContain('parentNoticeBefore: 2026-11-16\n');
  });

  it('writes nothing when a prompt is cancelled', async () => {
    const root = copySample();
    const before = readFileSync(join(root, PLAN), 'utf8');
    askText.mockRejectedValueOnce(new CancelledError());
    await expect(runDrillAdd(flags({ time: undefined }), tty(root))).rejects.toBeInstanceOf(CancelledError);
    expect(readFileSync(join(root, PLAN), 'utf8')).toBe(before);
  });

  it('stops when the plan changed on disk while it was asking, keeping that change', async () => {
    const root = copySample();
    const changed = `${readFileSync(join(root, PLAN), 'utf8')}# saved by an editor meanwhile\n`;
    askText.mockImplementationOnce(() => {
      writeFileSync(join(root, PLAN), changed);
      return Promise.resolve('10:05');
    });
    const err = await runDrillAdd(flags({ time: undefined, notes: '', duration: '', observer: [] }), tty(root)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsspError);
    expect((err as CsspError).message).toMatch(/changed on disk while cssp was working/);
    expect(readFileSync(join(root, PLAN), 'utf8')).toBe(changed);
  });
});

describe('which findings stop a drill', () => {
  it('logs a drill in a plan with an unrelated open error', async () => {
    const root = copySample();
    const plan = join(root, PLAN);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('schemaVersion: 1', 'schemaVersion: 1\nunknownField: oops'));
    expect(await runDrillAdd(flags(), memoryIo(root))).toBe(0);
    expect(readFileSync(plan, 'utf8')).toContain('unknownField: oops');
  });

  it('refuses an error the new entry brings in, naming where it would be', () => {
    const root = copySample();
    const file = join(root, PLAN);
    const district = openDistrict(root);
    // A date the command would refuse up front, given straight to the core.
    const drill = { type: 'fire', date: '2027-07-01', time: '09:00', conductedBy: 'P' } as const;
    expect(() => insertDrill(file, readFileSync(file, 'utf8'), drill, district, '2027-07-02')).toThrow(/^The drill was not logged: the plan would then have this error:\n {2}\d+:11 Drill dated 2027-07-01 is outside the 2026-27 school year/);
  });
});
