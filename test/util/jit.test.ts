// tuneJit sets V8's interrupt budget on Node 20 (V8 11) only: later V8s have no such flag, and
// setting an unknown flag prints an error on every run.
import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { tuneJit } from '../../src/util/jit.js';

describe('tuneJit', () => {
  it('raises the interrupt budget on V8 11 and leaves later V8s alone', () => {
    const set = vi.fn();
    tuneJit('11.3.244.8-node.33', set);
    expect(set.mock.calls).toEqual([['--interrupt-budget=409600']]);
    set.mockClear();
    tuneJit('12.4.254.21-node.33', set);
    tuneJit('13.6.233.17-node.37', set);
    expect(set).not.toHaveBeenCalled();
  });

  it('names a flag this Node knows, when it sets one', () => {
    const flags = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    const set = vi.fn();
    tuneJit(process.versions.v8, set);
    for (const [flag] of set.mock.calls as [string][]) expect(flags).toContain(`  ${flag.split('=')[0]} `);
  });
});
