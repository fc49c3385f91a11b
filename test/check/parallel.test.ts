import { describe, expect, it } from 'vitest';
import { MIN_FILES_PER_WORKER, workerCount } from '../../src/check/parallel.js';

describe('workerCount', () => {
  it('uses no workers for small runs', () => {
    expect(workerCount(12, {})).toBe(0);
    expect(workerCount(2 * MIN_FILES_PER_WORKER - 1, {})).toBe(0);
  });
  it('uses a thread per two cores, this one included, once each has enough files', () => {
    const many = 100 * MIN_FILES_PER_WORKER;
    expect(workerCount(many, {}, 1)).toBe(0);
    expect(workerCount(many, {}, 4)).toBe(1);
    expect(workerCount(many, {}, 8)).toBe(3);
    expect(workerCount(many, {}, 64)).toBe(7);
    expect(workerCount(3 * MIN_FILES_PER_WORKER, {}, 64)).toBe(2);
  });
  it('on 2 or 3 cores, adds one worker only for very big runs (one thread keeps two cores busy while it warms up)', () => {
    for (const cores of [2, 3]) {
      expect(workerCount(1000, {}, cores)).toBe(0);
      expect(workerCount(3999, {}, cores)).toBe(0);
      expect(workerCount(4000, {}, cores)).toBe(1);
      expect(workerCount(50000, {}, cores)).toBe(1);
    }
  });
  it('honours CSSP_WORKERS, capped by the number of files', () => {
    expect(workerCount(12, { CSSP_WORKERS: '2' })).toBe(2);
    expect(workerCount(1, { CSSP_WORKERS: '4' })).toBe(1);
    expect(workerCount(50000, { CSSP_WORKERS: '0' })).toBe(0);
    expect(workerCount(50000, { CSSP_WORKERS: 'many' })).toBe(0);
  });
});
