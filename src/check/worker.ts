// A worker thread that checks its share of the plans to parse (see parallel.ts). It reports in
// batches, so neither thread holds a large district's results (or cache entries) at once.
import { parentPort, workerData } from 'node:worker_threads';
import { cachedExists, readRegularFile } from '../plan/discover.js';
import { checkBatch, type BatchContext, type BatchResult } from './batch.js';

export interface WorkerTask {
  files: string[];
  ctx: BatchContext;
  batchFiles: number;
}

const task = workerData as WorkerTask;
const port = parentPort!;
const access = { read: readRegularFile, exists: cachedExists() };
const post = (result: BatchResult) => port.postMessage({ result });

for (let i = 0; i < task.files.length; i += task.batchFiles) post(checkBatch(task.files.slice(i, i + task.batchFiles), task.ctx, access));
port.postMessage({ done: true });
