// In-process runs of `cssp distribute`: the record, what check says afterwards, git, errors.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { runDistribute, type DistributeOptions } from '../../src/commands/distribute.js';
import { UsageError } from '../../src/errors.js';
import { parseText } from '../../src/plan/source.js';
import type { Plan } from '../../src/plan/types.generated.js';
import * as prompts from '../../src/io/prompts.js';
import { planDocument } from '../../src/render/document.js';
import { openDistrict } from '../../src/district/open.js';
import { applyEdit, copySample } from '../helpers/district.js';
import { git, gitSample } from '../helpers/git.js';
import { memoryIo } from '../helpers/io.js';

vi.mock('../../src/io/prompts.js', () => ({ askText: vi.fn(), askSelect: vi.fn(), askConfirm: vi.fn() }));
const askText = vi.mocked(prompts.askText);
const askSelect = vi.mocked(prompts.askSelect);
beforeEach(() => vi.resetAllMocks());

const ADOPTED = '2025-26/bayside-elementary.yaml';
const DRAFT = '2026-27/bayside-elementary.yaml';
const POLICE = 'Harbor Vista Police Department';
const flags = (more: DistributeOptions = {}): DistributeOptions => ({ site: 'bayside-elementary', agency: POLICE, date: '2026-04-02', asOf: '2026-11-23', ...more });
const stampHash = (root: string, file: string, edition: 'responder' | 'full') =>
  planDocument(join(root, file), edition, { root, config: openDistrict(root).config, rendered: '2026-11-23', cwd: root, commitOf: () => undefined }).stamp.contentHash;
const check = async (root: string, file: string) => {
  const io = memoryIo(root);
  await runCheck([file], { asOf: '2026-11-23', format: 'json' }, io);
  return (JSON.parse(io.stdoutText) as { diagnostics: { ruleId: string; line: number; message: string }[] }).diagnostics;
};

describe('cssp distribute', () => {
  it('appends the delivery with the version and the content hash the edition prints, keeping every other byte', async () => {
    const root = copySample();
    const before = readFileSync(join(root, ADOPTED), 'utf8');
    const io = memoryIo(root);
    expect(await runDistribute(flags({ method: 'Secure email (PDF)', receivedBy: 'Lt. Dana Okafor' }), io)).toBe(0);
    const hash = stampHash(root, ADOPTED, 'responder');
    const added = `  - agency: ${POLICE}\n    type: law-enforcement\n    edition: responder\n    version: 2025-26.1\n    contentHash: ${/^\d+$/.test(hash) ? `"${hash}"` : hash}\n    date: 2026-04-02\n    method: Secure email (PDF)\n    receivedBy: Lt. Dana Okafor\n`;
    const after = readFileSync(join(root, ADOPTED), 'utf8');
    const end = before.indexOf('\nsections:');
    expect(after).toBe(before.slice(0, end) + added + before.slice(end));
    expect(io.stdoutText).toContain(`(entry 5 under distribution:): ${POLICE} received the responder edition of version 2025-26.1 on 2026-04-02, content ${hash}.`);
    expect(io.stdoutText).toContain('Every agency consulted, and law enforcement and fire, now holds the current plan.');
    expect(await check(root, ADOPTED)).toEqual([]);
  });

  it('check warns once the plan changes after the delivery, and not for a confidential change to the responder copy', async () => {
    const root = copySample();
    await runDistribute(flags(), memoryIo(root));
    applyEdit(root, { file: ADOPTED, find: 'Tactical responses to criminal', replace: 'Revised. Tactical responses to criminal' });
    expect(await check(root, ADOPTED)).toEqual([]);
    applyEdit(root, { file: ADOPTED, find: 'Evacuate, Shelter)', replace: 'Evacuate, Shelter, Reunify)' });
    const found = await check(root, ADOPTED);
    expect(found.map((d) => d.ruleId)).toEqual(['distribution-current']);
    expect(found[0]!.message).toContain(`has changed since ${POLICE} received version 2025-26.1 on April 2, 2026`);
  });

  it('records a full-edition delivery to the district by its own hash, and says who still needs the plan', async () => {
    const root = copySample();
    const io = memoryIo(root);
    await runDistribute(flags({ agency: 'Harbor Vista USD Office of Safe Schools', date: '2026-02-20' }), io);
    expect(readFileSync(join(root, ADOPTED), 'utf8')).toContain(`edition: full\n    version: 2025-26.1\n    contentHash: ${stampHash(root, ADOPTED, 'full')}`);
    expect(io.stdoutText).toContain('Every agency consulted');
  });

  it('a draft: recorded, with what that means; agencies still waiting are named', async () => {
    const root = copySample();
    const io = memoryIo(root);
    expect(await runDistribute(flags({ date: '2026-11-20', method: 'Email' }), io)).toBe(0);
    // The draft had no distribution: yet; the list goes after the consultations, before sections:.
    expect(readFileSync(join(root, DRAFT), 'utf8')).toMatch(new RegExp(`contact: Marisol Vega, EMS Preparedness Coordinator\\ndistribution:\\n  - agency: ${POLICE}\\n    type: law-enforcement\\n    edition: responder\\n    version: 2026-27.0-draft\\n    contentHash: [0-9a-f]{12}\\n    date: 2026-11-20\\n    method: Email\\n\\nsections:`));
    expect(io.stdoutText).toContain('The plan is not adopted yet');
    expect(io.stdoutText).toMatch(/Still to receive the current plan: .*Harbor Vista Fire Department \(nothing recorded\)/);
  });

  it('keeps CRLF line ends and a comment on `distribution: []`', async () => {
    const root = copySample();
    const file = join(root, DRAFT);
    const crlf = readFileSync(file, 'utf8').replace('\nsections:', '\ndistribution: []   # none yet\n\nsections:').replace(/\n/g, '\r\n');
    writeFileSync(file, crlf);
    await runDistribute(flags({ date: '2026-11-20' }), memoryIo(root));
    const after = readFileSync(file, 'utf8');
    expect(after).toMatch(/\r\ndistribution: {3}# none yet\r\n {2}- agency: Harbor Vista Police Department\r\n {4}type: law-enforcement\r\n/);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after.replace(/\r\ndistribution:[\s\S]*?\r\n\r\nsections:/, '')).toBe(crlf.replace(/\r\ndistribution:[\s\S]*?\r\n\r\nsections:/, ''));
  });

  it('a new agency needs --type; a near name is suggested', async () => {
    const root = copySample();
    const before = readFileSync(join(root, ADOPTED), 'utf8');
    await expect(runDistribute(flags({ agency: 'Harbor Vista Police Dept' }), memoryIo(root))).rejects.toThrow(/not among the agencies consulted[\s\S]*/);
    const refused = await runDistribute(flags({ agency: 'Harbor Vista Police Dept' }), memoryIo(root)).catch((err: unknown) => err as UsageError);
    expect((refused as UsageError).hint).toContain(`Did you mean "${POLICE}"?`);
    await runDistribute(flags({ agency: 'Coastal County Sheriff', type: 'law-enforcement' }), memoryIo(root));
    expect(readFileSync(join(root, ADOPTED), 'utf8')).not.toBe(before);
    expect(readFileSync(join(root, ADOPTED), 'utf8')).toContain('  - agency: Coastal County Sheriff\n    type: law-enforcement\n');
  });

  it.each([
    ['no --agency without a terminal', { agency: undefined }, /cannot ask \(there is no terminal\), and --agency/],
    ['a date after today', { date: '2026-12-01' }, /after today/],
    ['an unknown site', { site: 'bayside-elem' }, /not in the site registry/],
    ['no plan covers the date', { date: '2024-01-10' }, /No plan of bayside-elementary covers 2024-01-10/],
    ['an unknown edition', { edition: 'summary' }, /not an edition/],
  ])('refuses %s, changing nothing', async (_name, more, message) => {
    const root = copySample();
    const before = readFileSync(join(root, ADOPTED), 'utf8');
    const run = runDistribute(flags(more as DistributeOptions), memoryIo(root));
    await expect(run).rejects.toBeInstanceOf(UsageError);
    await expect(runDistribute(flags(more as DistributeOptions), memoryIo(root))).rejects.toThrow(message);
    expect(readFileSync(join(root, ADOPTED), 'utf8')).toBe(before);
  });

  it('a plan with schema errors is not recorded as delivered: it has no edition to print', async () => {
    const root = copySample();
    applyEdit(root, { file: ADOPTED, find: 'schemaVersion: 1', replace: 'schemaVersion: 3' });
    const before = readFileSync(join(root, ADOPTED), 'utf8');
    await expect(runDistribute(flags(), memoryIo(root))).rejects.toThrow(/2025-26\/bayside-elementary\.yaml cannot be recorded as delivered: it has 1 error\.\n.*:6:16 `schemaVersion` must be `1`/);
    expect(readFileSync(join(root, ADOPTED), 'utf8')).toBe(before);
  });

  it('the same delivery twice is refused', async () => {
    const root = copySample();
    await runDistribute(flags(), memoryIo(root));
    await expect(runDistribute(flags(), memoryIo(root))).rejects.toThrow(/already records this delivery \(entry 5/);
  });

  it('-o writes the edited plan elsewhere and leaves the plan as it was', async () => {
    const root = copySample();
    const before = readFileSync(join(root, ADOPTED), 'utf8');
    await runDistribute(flags({ output: 'out.yaml' }), memoryIo(root));
    expect(readFileSync(join(root, ADOPTED), 'utf8')).toBe(before);
    expect(readFileSync(join(root, 'out.yaml'), 'utf8')).toContain(`  - agency: ${POLICE}\n`);
  });

  it('asks on a terminal for the site, date, agency, edition and the optional fields', async () => {
    const root = copySample();
    askSelect.mockResolvedValueOnce('bayside-elementary').mockResolvedValueOnce('Harbor Vista Fire Department').mockResolvedValueOnce('full');
    askText.mockResolvedValueOnce('2026-04-03').mockResolvedValueOnce('Binder').mockResolvedValueOnce('');
    expect(await runDistribute({ asOf: '2026-11-23', interactive: true }, memoryIo(root))).toBe(0);
    expect(readFileSync(join(root, ADOPTED), 'utf8')).toMatch(/- agency: Harbor Vista Fire Department\n {4}type: fire\n {4}edition: full\n {4}version: 2025-26.1\n {4}contentHash: \S+\n {4}date: 2026-04-03\n {4}method: Binder\n\nsections:/);
  });
});

describe('cssp distribute in a git repository', () => {
  it('records the commit of the plan delivered, and --commit commits only the plan', async () => {
    const root = gitSample();
    const head = git(root, 'rev-parse', '--short', 'HEAD');
    applyEdit(root, { file: 'cssp.config.yaml', find: 'schemaVersion: 1', replace: 'schemaVersion: 1 # edited' });
    const io = memoryIo(root);
    expect(await runDistribute(flags({ commit: true }), io)).toBe(0);
    // Read back as data: a short hash like 0538700 or 1234e56 is written quoted, or YAML would read a number.
    const record = (parseText(readFileSync(join(root, ADOPTED), 'utf8')).data as Plan).distribution!.at(-1)!;
    expect(record).toMatchObject({ agency: POLICE, commit: head, date: '2026-04-02' });
    expect(io.stdoutText).toMatch(new RegExp(`Committed 2025-26/bayside-elementary.yaml: [0-9a-f]+ Record delivery of Bayside Elementary School plan 2025-26.1 to ${POLICE} \\(responder edition\\)`));
    expect(git(root, 'status', '--porcelain')).toBe('M cssp.config.yaml');
  });

  it('a plan with uncommitted changes gets no commit in the record, and the user is told why', async () => {
    const root = gitSample();
    applyEdit(root, { file: ADOPTED, find: 'Evacuate, Shelter)', replace: 'Evacuate, Shelter, Reunify)' });
    const io = memoryIo(root);
    await runDistribute(flags(), io);
    expect(readFileSync(join(root, ADOPTED), 'utf8')).not.toMatch(/ {4}commit:/);
    expect(io.stdoutText).toContain('has changes not committed to git, so the record names no commit');
  });
});
