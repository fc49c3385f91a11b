// A worker thread that checks its share of the plan files (see parallel.ts), reporting in batches
// so neither thread holds a whole large district's results (or cache entries) at once.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { cachedExists } from '../plan/discover.js';
import { checkBatch, type BatchContext } from './batch.js';

const { files, ctx, batchFiles } = workerData as { files: string[]; ctx: BatchContext; batchFiles: number };
const access = { read: (f: string) => readFileSync(f), exists: cachedExists() };
for (let i = 0; i < files.length; i += batchFiles) parentPort!.postMessage({ result: checkBatch(files.slice(i, i + batchFiles), ctx, access) });
parentPort!.postMessage({ done: true });
