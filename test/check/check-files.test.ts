// Reading plan files: a file that cannot be read becomes a diagnostic, and the others are still checked.
import { describe, expect, it } from 'vitest';
import { checkBatch } from '../../src/check/check-files.js';
import { minimalPlan } from '../helpers/minimal-plan.js';

describe('checkBatch', () => {
  it('reports a file it cannot read as file-read, and checks the rest', () => {
    const read = (file: string) => {
      if (file.endsWith('locked.yaml')) throw new Error("EACCES: permission denied, open 'locked.yaml'");
      return new TextEncoder().encode(minimalPlan().replace('schemaVersion: 1', 'schemaVersion: 2'));
    };
    const result = checkBatch(['/d/plans/2026-27/locked.yaml', '/d/plans/2026-27/a.yaml'], { root: undefined, config: undefined, asOf: '2026-11-23', collectCache: false }, { read, exists: () => true });
    const unreadable = result.diagnostics.filter((d) => d.file.endsWith('locked.yaml'));
    expect(unreadable.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity}: ${d.message}`)).toEqual([
      "1:1 file-read error: Cannot read the file: EACCES: permission denied, open 'locked.yaml'.",
    ]);
    expect(unreadable[0]?.hint).toMatch(/may read it/);
    expect(result.diagnostics.some((d) => d.file.endsWith('/a.yaml') && d.ruleId === 'schema')).toBe(true);
  });
});
