// The sample district's status, as the command computes it, on a pinned date.
import { gatherStatus } from '../../src/status/gather.js';
import { openDistrict } from '../../src/district/open.js';
import { districtStatus } from '../../src/status/site-status.js';
import type { StatusReport } from '../../src/status/types.js';
import { SAMPLE } from '../helpers/district.js';

/** Before the deadline (drafts consulted, drills on track) and after it (not adopted, drills overdue). */
export const BEFORE = '2026-11-23';
export const AFTER = '2027-03-15';

export async function sampleStatus(asOf: string, year = '2026-27'): Promise<StatusReport> {
  return districtStatus(await gatherStatus(openDistrict(SAMPLE), year, asOf));
}
