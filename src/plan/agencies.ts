// The first responders EC 32281(b)(3) has the plan written with (consulted) and shared with
// (distributed to). Law enforcement and the fire department are named by the statute. EMS is read
// in from EC 32280 (which names EMS personnel from 2025) and "other first-responder entities", so
// it is a warning unless the district lists it in requiredAgencies; both rules use this one table
// so the two findings about EMS never disagree.
import type { Severity } from '../diagnostic.js';
import type { DistrictConfig } from './types.generated.js';

export type AgencyType = 'law-enforcement' | 'fire' | 'ems';

export const RESPONDER_AGENCIES: ReadonlyArray<{ type: AgencyType; name: string }> = [
  { type: 'law-enforcement', name: 'law enforcement (the police department or sheriff)' },
  { type: 'fire', name: 'the fire department' },
  { type: 'ems', name: 'emergency medical services (EMS)' },
];

/** How serious a missing consultation or delivery for this agency type is. */
export function agencySeverity(type: AgencyType, config: DistrictConfig | undefined): Severity {
  if (type !== 'ems') return 'error';
  return config?.requiredAgencies?.includes('ems') === true ? 'error' : 'warning';
}

/** Why EMS is a warning or an error, for the message. */
export function emsNote(config: DistrictConfig | undefined): string {
  return agencySeverity('ems', config) === 'error'
    ? ' (the district lists EMS in requiredAgencies)'
    : ' (EC 32280 names EMS from 2025; a district makes this an error by listing ems in requiredAgencies)';
}

/** Keys already worked out: the same few agency names recur in every plan of a district. */
const keys = new Map<string, string | undefined>();

/** An agency name compared loosely: case and spacing differ between records of the same agency. */
export function agencyKey(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  if (keys.has(name)) return keys.get(name);
  if (keys.size >= 10_000) keys.clear();
  const key = name.trim() ? name.trim().toLowerCase().replace(/\s+/g, ' ') : undefined;
  keys.set(name, key);
  return key;
}
