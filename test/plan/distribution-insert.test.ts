// A content hash is hex: one made only of digits, or digits and one e, reads as a number in YAML
// unless quoted. The inserted entry must read back as the string recorded, whatever its siblings do.
import { describe, expect, it } from 'vitest';
import { PlanEditor } from '../../src/plan/edit.js';
import { parseText } from '../../src/plan/source.js';

const plan = 'distribution:\n  - agency: A\n    contentHash: abcdefabcdef\n    date: 2027-02-01\n';

describe('inserting a delivery', () => {
  it.each(['123456789012', '12e345678901', '000000000000', 'abcdef012345'])('%s reads back as that string', (hash) => {
    const editor = new PlanEditor(plan);
    editor.insert(['distribution'], 1, { agency: 'B', contentHash: hash, date: '2027-02-02' });
    const data = parseText(editor.text).data as { distribution: { contentHash: unknown }[] };
    expect(data.distribution[1]!.contentHash).toBe(hash);
  });
});
