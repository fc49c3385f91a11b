import { describe, expect, it } from 'vitest';
import { FORMATS, isFormatName, loadFormatter } from '../../src/format/index.js';
import { context, diagnostics } from './fixture.js';

describe('format registry', () => {
  it('loads every format as a function producing text', async () => {
    expect(FORMATS).toEqual(['stylish', 'json', 'github', 'sarif', 'junit']);
    for (const name of FORMATS) {
      const format = await loadFormatter(name);
      expect(format(diagnostics, context())).toMatch(/\S\n$/);
    }
  });

  it('recognises format names', () => {
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
  });
});
