// A finding's text: its rule's message template with the finding's data filled in.
import type { Finding, RuleMeta } from '../rules/types.js';

/** meta.messages[finding.messageId] with each {{name}} replaced by data[name]. An unknown id is cssp's bug. */
export function formatMessage(meta: Pick<RuleMeta, 'id' | 'messages'>, finding: Pick<Finding, 'messageId' | 'data'>): string {
  const template = meta.messages[finding.messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} has no message ${finding.messageId}`);
  // A placeholder the data does not name stays as written (a bug to see); one named with no value is empty.
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    if (!finding.data || !(name in finding.data)) return whole;
    return String(finding.data[name] ?? '');
  });
}
