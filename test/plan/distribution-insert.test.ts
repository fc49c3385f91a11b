// A content hash is hex: one made only of digits, or digits and one e, reads as a number in YAML
// unless quoted; so can a git commit. The inserted entry must read back as the strings recorded.
import { describe, expect, it } from 'vitest';
import { PlanEditor } from '../../src/plan/edit.js';
import { parseText } from '../../src/plan/source.js';

const plan = 'distribution:\n  - agency: A\n    contentHash: abcdefabcdef\n    date: 2027-02-01\n';

describe('inserting a delivery', () => {
  it.each(['123456789012', '12e345678901', '000000000000', 'abcdef012345', '1234e56abcde'])('%s reads back as that string', (hash) => {
    const editor = new PlanEditor(plan);
    // A git commit can be digits only too (0538700).
    editor.insert(['distribution'], 1, { agency: 'B', contentHash: hash, commit: hash.slice(0, 7), date: '2027-02-02' });
    const data = parseText(editor.text).data as { distribution: { contentHash: unknown; commit: unknown }[] };
    expect(data.distribution[1]!.contentHash).toBe(hash);
    expect(data.distribution[1]!.commit).toBe(hash.slice(0, 7));
  });
});
