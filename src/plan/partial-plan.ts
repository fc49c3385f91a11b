// What rules and their helpers may find in a plan. Rules also run on plans with schema errors
// (src/check/engine.ts), so any field, at any depth, may be missing.
import type { Plan } from './types.generated.js';

/** T with every field optional, all the way down; arrays hold deep-partial items. */
export type DeepPartial<T> = T extends readonly (infer Item)[]
  ? DeepPartial<Item>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export type PartialPlan = DeepPartial<Plan>;
