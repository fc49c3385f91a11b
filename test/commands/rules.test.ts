import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/commands/rules.js';
import { RULES } from '../../src/rules/index.js';
import { memoryIo } from '../helpers/io.js';

describe('cssp rules', () => {
  it('lists every rule with severity and citation', () => {
    const io = memoryIo('/');
    expect(runRules({ format: 'text' }, io)).toBe(0);
    for (const rule of RULES) expect(io.stdoutText).toContain(rule.meta.id);
    expect(io.stdoutText).toMatch(/earthquake-drill-frequency\s+error\s+EC 32282\(a\)\(2\)\(B\)\(i\)/);
  });

  it('prints JSON metadata', () => {
    const io = memoryIo('/');
    runRules({ format: 'json' }, io);
    const list = JSON.parse(io.stdoutText) as { id: string; citation: string }[];
    expect(list.find((m) => m.id === 'fire-alarm-monthly')?.citation).toBe('EC 32001');
  });

  it('has ids equal to file names, unique, with citations', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('how each rule reads the statute', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8')) as SchemaNode;
  // "drillPolicy.wildfirePlan" -> the property's schema node, or undefined when the config has no such setting.
  const settingNode = (path: string): SchemaNode | undefined =>
    path.split('.').reduce<SchemaNode | undefined>((node, key) => node?.properties?.[key], schema);

  it.each(RULES.map((r) => [r.meta.id, r.meta] as const))('%s has a reading; an interpretation or policy names a real setting', (_, meta) => {
    expect(['statute', 'interpretation', 'district policy', 'practice']).toContain(meta.reading.kind);
    expect(meta.reading.note.length).toBeGreaterThan(20);
    if (meta.reading.kind === 'interpretation' || meta.reading.kind === 'district policy') {
      expect(meta.reading.setting, 'an unverified reading has a config switch').toBeTruthy();
      for (const path of meta.reading.setting!.split('; ')) expect(settingNode(path)?.description, path).toBeTruthy();
    }
  });

  it('no citation claims a subdivision letter for EC 32282 beyond (J)', () => {
    for (const r of RULES) expect(r.meta.citation).not.toMatch(/32282\(a\)\(2\)\([K-Z]\)/);
  });

  it('says so in every format', () => {
    const text = memoryIo('/');
    runRules({ format: 'text' }, text);
    expect(text.stdoutText).toMatch(/earthquake-drill-frequency[^\n]*\n[^\n]*\n\s+Reading: interpretation: .*middle schools.*\(setting: drillPolicy\.middleSchoolEarthquakeDrills\)/i);
    expect(text.stdoutText).toContain('Reading: district policy: ');
    const md = memoryIo('/');
    runRules({ format: 'markdown' }, md);
    expect(md.stdoutText).toContain('| Rule | Default | Citation | How it reads the statute | What it checks |');
    expect(md.stdoutText).toMatch(/\| `earthquake-drill-frequency` \| error \| [^|]+ \| \*\*interpretation\*\*: .* Setting: `drillPolicy.middleSchoolEarthquakeDrills`\. \|/);
    expect(md.stdoutText).toMatch(/\| `wildfire-evacuation` \| warning \| [^|]+ \| \*\*district policy\*\*: .* Setting: `drillPolicy.wildfirePlan`\. \|/);
    const json = memoryIo('/');
    runRules({ format: 'json' }, json);
    const list = JSON.parse(json.stdoutText) as { id: string; reading?: { kind: string; setting?: string } }[];
    expect(list.find((m) => m.id === 'committee-pupil-member')?.reading).toMatchObject({ kind: 'district policy', setting: 'drillPolicy.pupilMemberForGrades9to12' });
  });
});

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
}

describe('cssp rules --since', () => {
  it('lists what the law added since a school year began, with its dates', () => {
    const io = memoryIo('/');
    expect(runRules({ since: '2025-26' }, io)).toBe(0);
    const titles = io.stdoutText.split('\n').filter((l) => /^[A-Z]/.test(l)).slice(1);
    expect(titles).toEqual([
      'Sudden cardiac arrest and medical emergencies (AB 2887, 2024)',
      'Notice of immigration enforcement on the schoolsite (SB 98, 2025)',
      'Supervising and protecting children from abuse and sex offenses (SB 848, 2025, ch. 460)',
    ]);
    expect(io.stdoutText).toContain('in force since September 20, 2025; at the plan\'s next review, and in every plan by March 1, 2026; repealed on January 1, 2031');
    const later = memoryIo('/');
    runRules({ since: '2026-27' }, later);
    expect(later.stdoutText).toBe('Nothing the law added to the plan took effect on or after July 1, 2026.\n');
  });

  it('refuses what is neither a school year nor a date', () => {
    expect(() => runRules({ since: 'last year' }, memoryIo('/'))).toThrow(/--since takes a school year/);
  });
});
