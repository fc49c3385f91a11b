// Large districts are checked on worker threads: parsing YAML is most of the work and each file
// is independent (bench/results.md has the measurements behind these numbers).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchResult, BatchRunner } from './batch.js';
import type { WorkerTask } from './worker.js';

/** Below this many files per worker, starting a worker (and warming its JIT) costs more than it saves. */
export const MIN_FILES_PER_WORKER = 100;
const MAX_WORKERS = 8;
const BATCH_FILES = 100;

/**
 * Cores one checking thread keeps busy: V8 collects garbage and compiles on helper threads, so one
 * thread alone used 1.35 cores (2 vCPUs, 1,000 plans: 1.77 s of CPU in 1.30 s). On 2 cores, a
 * worker beside this thread made the run slower (1.50 s), two workers slower still (1.67 s).
 */
const CORES_PER_THREAD = 2;

/**
 * How many workers to use: CSSP_WORKERS when set (0 = none), else a thread per two cores, this one
 * included (it checks a share too), for big runs only.
 */
export function workerCount(files: number, env: Record<string, string | undefined>, cores = availableParallelism()): number {
  const forced = env.CSSP_WORKERS;
  if (forced !== undefined && forced !== '') {
    const n = Number(forced);
    return Number.isInteger(n) && n > 0 ? Math.min(n, files) : 0;
  }
  const threads = Math.min(Math.floor(cores / CORES_PER_THREAD), MAX_WORKERS, Math.floor(files / MIN_FILES_PER_WORKER));
  return threads >= 2 ? threads - 1 : 0;
}

function runWorker(task: WorkerTask, onResult: (result: BatchResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: task });
    worker.on('message', (message: { result?: BatchResult; done?: true }) => {
      if (message.result) onResult(message.result);
      if (message.done) resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a check worker stopped with exit code ${code} before it finished`)));
  });
}

/** Interleaved shares: plans of one site sit together and differ in size, so this balances load. */
const shares = <T>(items: readonly T[], n: number): T[][] => Array.from({ length: n }, (_, i) => items.filter((_, k) => k % n === i));

/** `count` workers and, when `local` is given, this thread: each checks an equal share. */
export function workerRunner(count: number): BatchRunner {
  return async (files, ctx, onResult, local) => {
    const tasks = shares(files, Math.min(count + (local ? 1 : 0), files.length));
    const mine = local && tasks.length > 1 ? tasks.pop()! : [];
    const working = Promise.all(tasks.map((share) => runWorker({ files: share, ctx, batchFiles: BATCH_FILES }, onResult)));
    for (let i = 0; i < mine.length; i += BATCH_FILES) {
      onResult(local!(mine.slice(i, i + BATCH_FILES)));
      await new Promise(setImmediate); // take the workers' results as they come, so none pile up
    }
    await working;
  };
}
