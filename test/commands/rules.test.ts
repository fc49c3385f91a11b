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
