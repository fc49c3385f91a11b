import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { MIN_FILES_PER_WORKER, workerCount } from '../../src/check/parallel.js';

describe('workerCount', () => {
  it('uses no workers for small runs', () => {
    expect(workerCount(12, {})).toBe(0);
    expect(workerCount(2 * MIN_FILES_PER_WORKER - 1, {})).toBe(0);
  });
  it('uses one worker per core but this one (which checks a share too) once each has enough files', () => {
    const cores = Math.min(availableParallelism(), 8);
    expect(workerCount(100 * MIN_FILES_PER_WORKER, {})).toBe(cores >= 2 ? cores - 1 : 0);
  });
  it('honours CSSP_WORKERS, capped by the number of files', () => {
    expect(workerCount(12, { CSSP_WORKERS: '2' })).toBe(2);
    expect(workerCount(1, { CSSP_WORKERS: '4' })).toBe(1);
    expect(workerCount(50000, { CSSP_WORKERS: '0' })).toBe(0);
    expect(workerCount(50000, { CSSP_WORKERS: 'many' })).toBe(0);
  });
});
