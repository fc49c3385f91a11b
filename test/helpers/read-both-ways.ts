// Reads a text both ways, the fast path (js-yaml events) and `yaml`, and says where they differ:
// error or no error, diagnostics, values (strictly: -0, NaN, key order, own __proto__) and every
// position. Used by the differential test.
import { readFast } from '../../src/plan/fast-read.js';
import { parseText, type ParseResult } from '../../src/plan/source.js';
import type { PositionTable } from '../../src/plan/positions.js';

export interface Reading {
  /** Whether the fast path read it (false: it gave up and `yaml` read it). */
  fast: boolean;
  /** The first difference, or undefined when both ways agree. */
  difference: string | undefined;
}

const tableOf = (r: ParseResult): PositionTable => (typeof r.positions === 'function' ? r.positions() : r.positions);

export function readBothWays(text: string): Reading {
  const fast = readFast(text) !== undefined;
  const viaFast = parseText(text);
  const viaYaml = parseText(text, { fast: false });
  const difference =
    sameJson(viaFast.diagnostics, viaYaml.diagnostics, 'diagnostics') ??
    sameValue(viaFast.data, viaYaml.data, 'data') ??
    samePositions(tableOf(viaFast), tableOf(viaYaml)) ??
    sameLookups(viaFast, tableOf(viaYaml));
  return { fast, difference };
}

function sameJson(a: unknown, b: unknown, at: string): string | undefined {
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  return x === y ? undefined : `${at}: fast ${x.slice(0, 300)} / yaml ${y.slice(0, 300)}`;
}

function sameValue(a: unknown, b: unknown, at: string): string | undefined {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b) ? undefined : `${at}: fast ${show(a)} / yaml ${show(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
    return `${at}: fast ${show(a)} / yaml ${show(b)}`;
  }
  const [ka, kb] = [Reflect.ownKeys(a), Reflect.ownKeys(b)];
  if (ka.join('\u0001') !== kb.join('\u0001')) return `${at}: keys fast [${ka.map(String).join(', ')}] / yaml [${kb.map(String).join(', ')}]`;
  for (const k of ka) {
    if (k === 'length' && Array.isArray(a)) continue;
    const found = sameValue((a as Record<string | symbol, unknown>)[k], (b as Record<string | symbol, unknown>)[k], `${at}.${String(k)}`);
    if (found) return found;
  }
  return undefined;
}

function samePositions(a: PositionTable, b: PositionTable): string | undefined {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = sameJson(a[key], b[key], `position of ${JSON.stringify(key.split('\u0000'))}`);
    if (found) return found;
  }
  return undefined;
}

/** A finding's lookup of one entry (without the whole table) gives the table's entry, or none. */
function sameLookups(fast: ParseResult, table: PositionTable): string | undefined {
  if (!fast.positionAt) return undefined;
  for (const key of Object.keys(table)) {
    for (const probe of [key, `${key}\u0000nope`, `${key}\u00000`, `${key}\u000001`]) {
      const found = sameJson(fast.positionAt(probe), table[probe], `lookup of ${JSON.stringify(probe.split('\u0000'))}`);
      if (found) return found;
    }
  }
  return undefined;
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.slice(0, 80)) : Object.is(v, -0) ? '-0' : String(JSON.stringify(v) ?? v).slice(0, 80));
