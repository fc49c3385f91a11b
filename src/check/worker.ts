// A worker thread that checks its share of the plans (see parallel.ts): files to parse, or plans
// the parse cache holds. It reports in batches, so neither thread holds a large district's results
// (or cache entries) at once.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { cachedExists } from '../plan/discover.js';
import { checkBatch, checkSource, type BatchContext, type BatchResult } from './batch.js';
import { loadHit, type CacheHit } from './cached-plans.js';
import { claim, type SharedQueue } from './parallel.js';
import { ParseCache } from './parse-cache.js';

export type WorkerTask =
  | { kind: 'parse'; files: string[]; ctx: BatchContext; batchFiles: number }
  | { kind: 'cached'; hits: CacheHit[]; queue: SharedQueue; ctx: BatchContext; cache: { location: string; build: string } };

const task = workerData as WorkerTask;
const port = parentPort!;
const access = { read: (f: string) => readFileSync(f), exists: cachedExists() };
const post = (result: BatchResult) => port.postMessage({ result });

if (task.kind === 'parse') {
  for (let i = 0; i < task.files.length; i += task.batchFiles) post(checkBatch(task.files.slice(i, i + task.batchFiles), task.ctx, access));
  port.postMessage({ done: true });
} else {
  // Cached plans: claim chunks from the queue the threads share until it is empty.
  const cache = new ParseCache(task.cache.location, task.cache.build, true);
  const unreadable: string[] = [];
  for (let hits = claim(task.queue, task.hits); hits; hits = claim(task.queue, task.hits)) {
    const result: BatchResult = { diagnostics: [], texts: [], cacheEntries: [] };
    for (const hit of hits) {
      const source = loadHit(hit, access, cache);
      if (!source) unreadable.push(hit.file);
      const found = source ? checkSource(source, task.ctx, access.exists) : [];
      if (found.length === 0) continue;
      result.diagnostics.push(...found);
      result.texts.push([hit.file, source!.text]);
    }
    if (result.diagnostics.length) post(result);
  }
  // The cache changed under us (another run rewrote it): parse these; the main thread stores them.
  if (unreadable.length) post(checkBatch(unreadable, { ...task.ctx, collectCache: true }, access));
  cache.close();
  port.postMessage({ done: true });
}
