// One list of editions (src/plan/editions.ts): the schema's enum, the help and the choices of
// every command that takes --edition come from it or are checked against it.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { EDITIONS } from '../../src/plan/editions.js';
import { REPO } from '../helpers/district.js';

interface Schema { $defs: Record<string, { properties?: Record<string, { enum?: string[] }> }> }

describe('the editions', () => {
  it("are the schema's distribution edition enum, value by value", () => {
    const schema = JSON.parse(readFileSync(`${REPO}schemas/plan.schema.json`, 'utf8')) as Schema;
    const enums = Object.values(schema.$defs).map((d) => d.properties?.edition?.enum).filter((e) => e !== undefined);
    expect(enums).toHaveLength(1);
    expect([...enums[0]!].sort()).toEqual([...EDITIONS].sort());
  });

  it('an edition added to the list reaches the help choices and the bundle list', async () => {
    vi.resetModules();
    vi.doMock('../../src/plan/editions.js', async (original) => {
      const real = await original<typeof import('../../src/plan/editions.js')>();
      const EDITIONS = [...real.EDITIONS, 'family'] as const;
      return { ...real, EDITIONS, isEdition: (v: unknown) => (EDITIONS as readonly unknown[]).includes(v) };
    });
    const help = await import('../../src/cli-help.js');
    const view = await import('../../src/edition/view.js');
    const deliveries = await import('../../src/plan/editions.js');
    expect(help.EDITION_CHOICES).toContain('family');
    expect(view.EDITIONS).toContain('family');
    expect(deliveries.isEdition('family')).toBe(true);
    vi.doUnmock('../../src/plan/editions.js');
    vi.resetModules();
  });
});
