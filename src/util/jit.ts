// How eagerly V8 optimizes cssp's functions. A cssp run is short: `cssp check` of 1,000 plans
// asked V8's optimizing compiler for 220 compilations (1.0 s of compiler time on its helper
// threads, one function up to four times), which on a 2-core machine took the core that reading
// ahead (check/read-ahead.ts) would use. Letting a function run longer before it is optimized
// (V8's interrupt budget: 67,584 bytes of bytecode in Node 20) leaves the lukewarm ones to the baseline
// tiers. Measured on 2 vCPUs, 1,000 plans cold, medians of 8 interleaved runs: with reading ahead,
// 1.11 s at the default budget, 0.97 s at 400 KB (the process's CPU time fell by a quarter); without
// it, within noise. Node 22 and 24 (V8 12, 13) are left as they are: their tiers count
// calls, and raising the count for their optimizing compiler measured no better.
import { setFlagsFromString } from 'node:v8';

/** Bytecode a function runs before V8 considers optimizing it. */
const INTERRUPT_BUDGET = 400 * 1024;

/**
 * Called first thing in the process (main.ts): a flag read when each function is first run. Only
 * on V8 11 (Node 20): V8 12 and later (Node 22, 24) count calls instead and have no such flag
 * (setting an unknown flag prints an error).
 */
export function tuneJit(v8Version = process.versions.v8, setFlags = setFlagsFromString): void {
  if (Number(v8Version.split('.')[0]) === 11) setFlags(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
