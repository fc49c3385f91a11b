// A worker thread that checks one batch of plan files (see parallel.ts).
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { cachedExists } from '../plan/discover.js';
import { checkBatch, type BatchContext } from './check-files.js';

const { files, ctx } = workerData as { files: string[]; ctx: BatchContext };
parentPort!.postMessage(checkBatch(files, ctx, { read: (f) => readFileSync(f), exists: cachedExists() }));
