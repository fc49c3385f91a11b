// Large districts are checked on worker threads: parsing YAML is most of the work and each file
// is independent (bench/results.md has the measurements behind these numbers).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchResult, BatchRunner } from './batch.js';
import type { WorkerTask } from './worker.js';
import { codeModule } from '../version.js';

/** Below this many files per worker, starting a worker (and warming its JIT) costs more than it saves. */
export const MIN_FILES_PER_WORKER = 100;
const MAX_WORKERS = 8;
const BATCH_FILES = 100;

/**
 * Cores one checking thread keeps busy while it warms up: V8 compiles and collects garbage on
 * helper threads, so one thread alone used 1.35 cores over 1,000 plans (1.77 s of CPU in 1.30 s).
 */
const CORES_PER_THREAD = 2;
/**
 * Files each thread must have before a worker pays on a machine with fewer than 4 cores: on 2
 * vCPUs a worker beside this thread made 1,000 plans slower (1.30 s -> 1.50 s) but 10,000 faster
 * (cold: 7.4-11.7 s -> 6.4-6.5 s), once its own warm-up was spread over enough plans.
 */
const FILES_PER_THREAD_ON_FEW_CORES = 2000;

/**
 * How many workers to use: CSSP_WORKERS when set (0 = none); else, for big runs, a thread per two
 * cores, this one included (it checks a share too); on 2 or 3 cores, one worker for very big runs.
 */
export function workerCount(files: number, env: Record<string, string | undefined>, cores = availableParallelism()): number {
  const forced = env.CSSP_WORKERS;
  if (forced !== undefined && forced !== '') {
    const n = Number(forced);
    return Number.isInteger(n) && n > 0 ? Math.min(n, files) : 0;
  }
  const few = cores >= 2 && cores < 2 * CORES_PER_THREAD;
  const byCores = few ? Math.min(2, Math.floor(files / FILES_PER_THREAD_ON_FEW_CORES)) : Math.floor(cores / CORES_PER_THREAD);
  const threads = Math.min(byCores, MAX_WORKERS, Math.floor(files / MIN_FILES_PER_WORKER));
  return threads >= 2 ? threads - 1 : 0;
}

function runWorker(task: WorkerTask, onResult: (result: BatchResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(codeModule('check/worker.js'), { workerData: task });
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
