import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/check/parallel.js';

describe('workerCount', () => {
  it('uses no workers for small runs', () => {
    expect(workerCount(12, {})).toBe(0);
    expect(workerCount(1000, {})).toBe(0);
  });
  it('honours CSSP_WORKERS, capped by the number of files', () => {
    expect(workerCount(12, { CSSP_WORKERS: '2' })).toBe(2);
    expect(workerCount(1, { CSSP_WORKERS: '4' })).toBe(1);
    expect(workerCount(50000, { CSSP_WORKERS: '0' })).toBe(0);
    expect(workerCount(50000, { CSSP_WORKERS: 'many' })).toBe(0);
  });
});
