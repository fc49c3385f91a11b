// Plans at a git commit and in the working tree, paired; only changed plans are read at the commit.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFilesAtRef } from '../../src/io/git-plans.js';
import { openDistrict } from '../../src/district/open.js';
import { git, gitSample } from '../helpers/git.js';

describe('planFilesAtRef', () => {
  it('pairs every plan; a changed one has the commit text before, an unchanged one the same text twice', async () => {
    const root = gitSample();
    const edited = join(root, '2026-27/bayside-elementary.yaml');
    const original = readFileSync(edited, 'utf8');
    writeFileSync(edited, original.replace('Evacuate, Shelter)', 'Evacuate, Shelter, Reunify)'));
    rmSync(join(root, '2026-27/seacliff-k8.yaml'));
    writeFileSync(join(root, '2026-27/new-school.yaml'), 'schemaVersion: 1\n');
    git(root, 'add', '2026-27/new-school.yaml');
    const pairs = await planFilesAtRef(openDistrict(root), 'HEAD');
    const byFile = new Map(pairs!.map((p) => [p.file, p]));
    expect(pairs).toHaveLength(13);
    expect(byFile.get('2026-27/bayside-elementary.yaml')!.before!.text).toBe(original);
    expect(byFile.get('2026-27/bayside-elementary.yaml')!.after!.text).toContain('Shelter, Reunify)');
    const same = byFile.get('2026-27/harbor-vista-high.yaml')!;
    expect(same.before!.text).toBe(same.after!.text);
    expect(same.before!.label).toMatch(/^2026-27\/harbor-vista-high\.yaml at HEAD \([0-9a-f]{7}\)$/);
    expect(byFile.get('2026-27/seacliff-k8.yaml')!.after).toBeUndefined();
    expect(byFile.get('2026-27/new-school.yaml')!.before).toBeUndefined();
  });

  it('is undefined for a name that is no commit', async () => {
    expect(await planFilesAtRef(openDistrict(gitSample()), 'no-such-branch')).toBeUndefined();
  });
});
