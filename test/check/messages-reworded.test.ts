// Nothing acts on a finding's text: with every rule's messages reworded, `cssp status`, the edit
// guard of `cssp drill add` and every output format give the same results, only the words differ.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { runDrillAdd } from '../../src/commands/drill-add.js';
import { runNew } from '../../src/commands/new.js';
import { runStatus } from '../../src/commands/status.js';
import { openDistrict } from '../../src/district/open.js';
import { insertDrill } from '../../src/drill/insert.js';
import type { FormatName } from '../../src/format/types.js';
import { RULES } from '../../src/rules/index.js';
import type { StatusReport } from '../../src/status/types.js';
import { copySample } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';

const original = new Map(RULES.map((r) => [r, r.meta.messages]));

/** Every template replaced by other words around the same placeholders. */
function reword(): void {
  for (const rule of RULES) {
    const messages = Object.fromEntries(Object.entries(original.get(rule)!).map(([id, text]) => {
      const placeholders = text.match(/\{\{\s*\w+\s*\}\}/g) ?? [];
      return [id, `REWORDED ${rule.meta.id}/${id}: ${placeholders.reverse().join(' | ')}`];
    }));
    (rule.meta as { messages: Record<string, string> }).messages = messages;
  }
}
const restore = () => { for (const rule of RULES) (rule.meta as { messages: unknown }).messages = original.get(rule); };

/** A district with something for every consumer: a site with no plan (the registry findings of status). */
function district(): string {
  const root = copySample();
  rmSync(join(root, '2026-27/seacliff-k8.yaml'));
  return root;
}

async function statusOf(root: string): Promise<StatusReport> {
  const io = memoryIo(root);
  await runStatus({ asOf: '2027-03-15', format: 'json' }, io);
  return JSON.parse(io.stdoutText) as StatusReport;
}

/** What status decides, without the words. */
const decisions = (r: StatusReport) => ({
  summary: r.summary,
  sites: r.sites.map((s) => ({ id: s.id, stage: s.stage, errors: s.errors, warnings: s.warnings, pastDeadline: s.pastDeadline.length, drills: s.drills.state })),
});

async function checkOutputs(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const format of ['json', 'sarif', 'junit', 'github', 'stylish'] as FormatName[]) {
    const io = memoryIo(root);
    await runCheck([], { format, asOf: '2027-03-15' }, io);
    out[format] = io.stdoutText;
  }
  return out;
}

describe('every rule message reworded', () => {
  let before: { status: StatusReport; check: Record<string, string> };
  beforeAll(async () => {
    const root = district();
    before = { status: await statusOf(root), check: await checkOutputs(root) };
    reword();
  });
  afterAll(restore);

  it('status decides the same stages, counts, deadlines and registry findings', async () => {
    const after = await statusOf(district());
    expect(decisions(after)).toEqual(decisions(before.status));
    expect(JSON.stringify(after)).toContain('REWORDED district-coverage/');
  });

  it('every output format carries the same findings, ids and places, in the new words', async () => {
    const after = await checkOutputs(district());
    const shape = (json: string) => (JSON.parse(json) as { diagnostics: { ruleId: string; messageId?: string; line: number; column: number; message: string }[] }).diagnostics;
    const was = shape(before.check.json!);
    const now = shape(after.json!);
    const place = (d: (typeof now)[number]) => ({ ruleId: d.ruleId, messageId: d.messageId, line: d.line, column: d.column });
    expect(now.map(place)).toEqual(was.map(place));
    expect(now.filter((d) => d.messageId).every((d) => d.message.startsWith(`REWORDED ${d.ruleId}/${d.messageId}`))).toBe(true);
    for (const format of ['sarif', 'junit', 'github', 'stylish']) {
      expect(after[format]).toContain('REWORDED ');
      expect(after[format]!.split('\n').length).toBe(before.check[format]!.split('\n').length);
    }
  });

  it('the edit guard still logs a drill that shrinks an open finding, and still refuses one that brings an error in', async () => {
    const root = copySample();
    await runNew({ site: 'bayside-elementary', year: '2027-28', git: false, yes: true }, memoryIo(root));
    const io = memoryIo(root);
    const drill = { site: 'bayside-elementary', type: 'fire', date: '2027-11-12', time: '09:00', conductedBy: 'P', asOf: '2027-12-04' };
    expect(await runDrillAdd(drill, io)).toBe(0);
    expect(readFileSync(join(root, '2027-28/bayside-elementary.yaml'), 'utf8')).toContain('  - type: fire\n    date: 2027-11-12\n');

    const file = join(root, '2026-27/bayside-elementary.yaml');
    const outside = { type: 'fire', date: '2027-07-01', time: '09:00', conductedBy: 'P' } as const;
    expect(() => insertDrill(file, readFileSync(file, 'utf8'), outside, openDistrict(root), '2027-07-02')).toThrow(/REWORDED drill-dates\/outsideYear/);
  });
});
