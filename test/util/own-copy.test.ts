// ownCopy detaches a value from the text it was read from: V8 keeps a whole plan's text alive for
// as long as any slice of it lives. Checked with V8's own view of the string (%DebugPrint).
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { ownCopy } from '../../src/util/own-copy.js';
import { REPO } from '../helpers/district.js';

const stringType = async (expression: string) => {
  const script = `import('./dist/util/own-copy.js').then(({ ownCopy }) => { const text = 'site:\\n  name: ' + 'Bayside Elementary School'.repeat(40); const value = ${expression}; %DebugPrint(value); })`;
  const { stdout } = await execa('node', ['--allow-natives-syntax', '-e', script], { cwd: REPO });
  return /type: (\w+)_STRING_TYPE/.exec(stdout)?.[1];
};

describe('ownCopy', () => {
  it('gives the same text, and undefined for undefined', () => {
    expect(ownCopy('Bayside Elementary — Δ')).toBe('Bayside Elementary — Δ');
    expect(ownCopy(undefined)).toBeUndefined();
  });

  it('makes a string of its own from a slice of a longer text', async () => {
    expect(await stringType('text.slice(14, 60)')).toMatch(/^SLICED/);
    expect(await stringType('ownCopy(text.slice(14, 60))')).not.toMatch(/^SLICED|^CONS/);
  });
});
