// Large districts are checked on worker threads: parsing YAML is most of the work and each file
// is independent, so two cores check 10,000 plans in a bit over half the time (bench/results.md).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchContext, BatchResult, BatchRunner } from './check-files.js';

/**
 * Each worker starts in ~65 ms but then warms up its own JIT; measured on 2 cores, 2 workers were no
 * faster than one thread at 1,000 plans and 1.6x faster at 10,000. So: a worker per 1,000 files.
 */
const MIN_FILES_PER_WORKER = 1000;
const MAX_WORKERS = 8;

/** How many workers to use: CSSP_WORKERS when set (0 = none), else one per core for big runs. */
export function workerCount(files: number, env: Record<string, string | undefined>): number {
  const forced = env.CSSP_WORKERS;
  if (forced !== undefined && forced !== '') {
    const n = Number(forced);
    return Number.isInteger(n) && n > 0 ? Math.min(n, files) : 0;
  }
  const count = Math.min(availableParallelism(), MAX_WORKERS, Math.floor(files / MIN_FILES_PER_WORKER));
  return count >= 2 ? count : 0;
}

function runWorker(files: readonly string[], ctx: BatchContext): Promise<BatchResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { files, ctx } });
    worker.once('message', (result: BatchResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a check worker stopped with exit code ${code}`));
    });
  });
}

export function workerRunner(count: number): BatchRunner {
  return async (files, ctx) => {
    const size = Math.ceil(files.length / count);
    const chunks = Array.from({ length: count }, (_, i) => files.slice(i * size, (i + 1) * size)).filter((c) => c.length > 0);
    const results = await Promise.all(chunks.map((chunk) => runWorker(chunk, ctx)));
    return { diagnostics: results.flatMap((r) => r.diagnostics), texts: results.flatMap((r) => r.texts) };
  };
}
