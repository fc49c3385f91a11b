// Which agencies hold the plan as it is now. Each agency that must have it (every agency consulted,
// and law enforcement and fire; EMS when consulted or required) and each other agency it was sent
// to, with the state of its last delivery. Pure: what an edition prints now comes in as a hash, so
// `cssp check` needs no git history and `cssp status` no renderer.
import { agencyKey, RESPONDER_AGENCIES, type AgencyType } from './agencies.js';
import { adoptedOn } from './deadlines.js';
import type { DeepPartial } from './partial-plan.js';
import type { PartialPlan } from './partial-plan.js';
import type { DistrictConfig, Distribution } from './types.generated.js';
import { isoDateOf } from '../util/iso-date.js';

import { isEdition, type Edition } from './editions.js';

export type DeliveryEdition = Edition;

/**
 * current: the last delivery's recorded content hash is what that edition prints now.
 * changed: a hash was recorded and the plan has changed since.
 * old-version: no hash recorded, and the delivery names another version than the plan's.
 * before-adoption: no hash recorded, and it was delivered before the plan was adopted.
 * unverified: no hash recorded; the version matches, the content cannot be compared.
 * public-only: only the public edition was sent, which leaves out what responders need.
 * none: nothing was sent.
 */
export type DeliveryState = 'current' | 'changed' | 'old-version' | 'before-adoption' | 'unverified' | 'public-only' | 'none';

export interface AgencyDelivery {
  agency: string;
  type: string;
  consulted: boolean;
  /** Must hold the current plan: consulted, or a type the statute (or the district) requires. */
  required: boolean;
  state: DeliveryState;
  last?: { index: number; date?: string; edition?: Edition; version?: string; contentHash?: string };
}

/** States in which an agency holds what the plan says now (unverified: as far as can be told). */
export const holdsCurrentPlan = (d: AgencyDelivery): boolean => d.state === 'current' || d.state === 'unverified';

export function agencyDeliveries(
  plan: PartialPlan,
  config: DistrictConfig | undefined,
  printedHash: (edition: DeliveryEdition) => string | undefined,
): AgencyDelivery[] {
  const deliveries = (Array.isArray(plan.distribution) ? plan.distribution : []).map((d, index) => ({ d: d ?? {}, index }));
  const consulted = Array.isArray(plan.consultations) ? plan.consultations.map((c) => c ?? {}) : [];
  const rows: AgencyDelivery[] = [];
  const claimed = new Set<number>();
  const seen = new Set<string>();
  const add = (agency: string, type: string, consultedAgency: boolean, required: boolean, mine: typeof deliveries) => {
    for (const m of mine) claimed.add(m.index);
    rows.push({ agency, type, consulted: consultedAgency, required, ...lastDelivery(plan, mine, required, printedHash) });
  };

  for (const c of consulted) {
    const key = agencyKey(c.agency);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    add(String(c.agency).trim(), typeof c.type === 'string' ? c.type : 'other', true, true, deliveries.filter((e) => agencyKey(e.d.agency) === key));
  }
  for (const { type, name } of RESPONDER_AGENCIES) {
    if (consulted.some((c) => c.type === type) || !isRequired(type, config, consulted)) continue;
    add(name, type, false, true, deliveries.filter((e) => e.d.type === type));
  }
  // Anyone else the plan went to (the district office, a second police agency never consulted).
  for (const e of deliveries) {
    const key = agencyKey(e.d.agency);
    if (claimed.has(e.index) || !key || seen.has(key)) continue;
    seen.add(key);
    add(String(e.d.agency).trim(), typeof e.d.type === 'string' ? e.d.type : 'other', false, false, deliveries.filter((x) => agencyKey(x.d.agency) === key && !claimed.has(x.index)));
  }
  return rows;
}

function isRequired(type: AgencyType, config: DistrictConfig | undefined, consulted: DeepPartial<{ type: string }>[]): boolean {
  if (type !== 'ems') return true;
  return config?.requiredAgencies?.includes('ems') === true || consulted.some((c) => c.type === 'ems');
}

type Entry = { d: DeepPartial<Distribution>; index: number };

function lastDelivery(plan: PartialPlan, mine: Entry[], required: boolean, printedHash: (e: DeliveryEdition) => string | undefined): Pick<AgencyDelivery, 'state' | 'last'> {
  // A responder needs the responder or full edition; anyone else is judged by what they were sent.
  const usable = required ? mine.filter((e) => e.d.edition !== 'public') : mine;
  const latest = (list: Entry[]) => list.reduce<Entry | undefined>((a, b) => (!a || (isoDateOf(b.d.date) ?? '') >= (isoDateOf(a.d.date) ?? '') ? b : a), undefined);
  const chosen = latest(usable) ?? latest(mine);
  if (!chosen) return { state: 'none' };
  const { d } = chosen;
  const last = {
    index: chosen.index,
    date: isoDateOf(d.date),
    edition: isEdition(d.edition) ? d.edition : undefined,
    version: typeof d.version === 'string' ? d.version : undefined,
    contentHash: typeof d.contentHash === 'string' ? d.contentHash : undefined,
  };
  if (usable.length === 0) return { state: 'public-only', last };
  const edition = last.edition;
  // Only a recorded hash is compared: computing what an edition prints reads its maps.
  const now = last.contentHash && edition ? printedHash(edition) : undefined;
  if (last.contentHash && now) return { state: last.contentHash === now ? 'current' : 'changed', last };
  const version = typeof plan.version === 'string' ? plan.version : undefined;
  if (version !== undefined && last.version !== version) return { state: 'old-version', last };
  const adopted = adoptedOn(plan);
  if (adopted && (!last.date || last.date < adopted)) return { state: 'before-adoption', last };
  return { state: 'unverified', last };
}
