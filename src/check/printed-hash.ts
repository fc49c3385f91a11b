// What each edition of a plan prints, as the short content hash of its version stamp, without
// rendering it. `cssp distribute` records this hash; `cssp check` and `cssp status` compare it with
// what was recorded, so they need no git history (a shallow CI clone is enough).
import type { DistrictConfig, Plan } from '../plan/types.generated.js';
import { editionView } from '../edition/edition.js';
import { editionInputs } from './edition-inputs.js';
import { contentHash } from '../edition/stamp.js';
import { familyContentHash } from '../edition/family.js';
import type { Edition } from '../edition/view.js';

/** The content hash of each edition of `plan` (read from `file`), computed once per edition. */
export function printedHashes(plan: Plan, file: string, root: string | undefined, config: DistrictConfig | undefined): (edition: Edition) => string {
  const hashes = new Map<Edition, string>();
  // Without the record of changes (inputs.recordOfChanges): it is not part of the hash.
  const inputs = editionInputs(plan, file, root, config);
  return (edition) => {
    let hash = hashes.get(edition);
    if (hash === undefined) hashes.set(edition, (hash = edition === 'family' ? familyContentHash(plan, config) : contentHash(editionView(edition, inputs))));
    return hash;
  };
}
