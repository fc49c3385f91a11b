// Stored translations are read through the one reading of YAML files: a damaged one is refused
// with its file, line and what to do, never read as empty.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranslation } from '../../src/plan/translations.js';
import { copySample } from '../helpers/district.js';

describe('reading a stored translation', () => {
  it('reads the sample translation (units with their English hash)', () => {
    const root = copySample();
    const t = readTranslation(root, '2026-27', 'bayside-elementary', 'es');
    expect(t?.language).toBe('es');
    expect(Object.keys(t?.units ?? {}).length).toBeGreaterThan(3);
  });

  it('refuses a damaged file, naming it and the line', () => {
    const root = copySample();
    mkdirSync(join(root, 'translations', '2026-27'), { recursive: true });
    const file = join(root, 'translations', '2026-27', 'bayside-elementary.vi.yaml');
    writeFileSync(file, 'language: vi\nunits:\n  a: [unclosed\n');
    expect(() => readTranslation(root, '2026-27', 'bayside-elementary', 'vi')).toThrow(/bayside-elementary\.vi\.yaml is not a cssp translation file \(line \d+: .+\)/);
  });

  it('refuses a file that is YAML but not a translation', () => {
    const root = copySample();
    writeFileSync(join(root, 'translations', '2026-27', 'bayside-elementary.ko.yaml'), '- just\n- a list\n');
    expect(() => readTranslation(root, '2026-27', 'bayside-elementary', 'ko')).toThrow(/is not a cssp translation file\./);
  });
});
