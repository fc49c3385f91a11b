// Plan sections, in the statute's order. Whatever is confidential on either side is described,
// never quoted: "Tactical responses to criminal incidents: text changed (confidential)".
import { SECTIONS } from '../plan/sections.js';
import { asRecord, asText, ChangeList, listing, plain, quote, type Change, type Loose } from './change.js';
import { describeTextChange } from './text-summary.js';

const ELEMENTS: Record<string, string> = {
  parentNoticeWeekOf: 'parents told the week of the drill', parentNoticeAfter: 'parents told after the drill',
  ageAppropriate: 'age-appropriate drills', startAnnouncement: 'an announcement at the start',
  supportResources: 'support resources shared', noSimulatedGunfire: 'no simulated gunfire', noActors: 'no actors as assailants',
};

const visibilityOf = (s: Loose) => asText(s.visibility) ?? 'responder';
const sectionsOf = (plan: Loose) => asRecord(plan.sections) ?? {};

export function sectionChanges(from: Loose, to: Loose): Change[] {
  const list = new ChangeList('Sections');
  const was = sectionsOf(from);
  const now = sectionsOf(to);
  const known = SECTIONS.map((s) => ({ key: s.key as string, title: s.title }));
  // Keys the schema does not know (a plan with errors) still show, after the known ones.
  const extra = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((k) => !known.some((s) => s.key === k));
  for (const { key, title } of [...known, ...extra.map((k) => ({ key: k, title: k }))]) {
    const before = asRecord(was[key]);
    const after = asRecord(now[key]);
    const path = ['sections', key];
    if (!before && !after) continue;
    if (!after) {
      list.add('removed', path, `${title}: removed`, visibilityOf(before!) === 'confidential');
    } else if (!before) {
      const confidential = visibilityOf(after) === 'confidential';
      list.add('added', path, `${title}: added (${after.status === 'not-written' ? 'not written yet, ' : ''}${visibilityOf(after)})`, confidential);
    } else {
      oneSection(list, path, title, before, after);
    }
  }
  return list.changes;
}

function oneSection(list: ChangeList, path: string[], title: string, before: Loose, after: Loose): void {
  const confidential = visibilityOf(before) === 'confidential' || visibilityOf(after) === 'confidential';
  const say = (kind: Change['kind'], key: string, text: string, secret = confidential) => list.add(kind, [...path, key], `${title}: ${text}`, secret);
  if (visibilityOf(before) !== visibilityOf(after)) say('changed', 'visibility', `visibility changed from ${visibilityOf(before)} to ${visibilityOf(after)}`, false);
  if (before.status !== after.status) say('changed', 'status', after.status === 'not-written' ? 'marked not written' : 'written (was marked not written)', false);
  if (before.adopted !== after.adopted && typeof after.adopted === 'boolean') {
    say('changed', 'adopted', after.adopted ? 'the school has now adopted a dress code' : 'marked as not adopted', false);
  }
  if (before.title !== after.title) say('changed', 'title', confidential ? 'heading changed (confidential)' : after.title ? `heading now ${quote(after.title)}` : 'heading back to the standard one');
  if (before.standard !== after.standard) {
    const text = confidential ? 'district standard changed (confidential)'
      : !after.standard ? `no longer uses the district standard ${plain(before.standard)}`
      : before.standard ? `now uses the district standard ${plain(after.standard)} (was ${plain(before.standard)})`
      : `now uses the district standard ${plain(after.standard)}`;
    say('changed', 'standard', text);
  }
  for (const [key, label] of [['text', 'text'], ['siteText', 'site text']] as const) {
    const a = asText(before[key]) ?? '';
    const b = asText(after[key]) ?? '';
    if (a === b) continue;
    const kind = !a.trim() ? 'added' : !b.trim() ? 'removed' : 'changed';
    const how = kind === 'changed' ? `${label} changed` : `${label} ${kind}`;
    say(kind, key, confidential ? `${how} (confidential)` : kind === 'changed' ? `${how}: ${describeTextChange(a, b)}` : how);
  }
  const elements = (s: Loose) => asRecord(s.elements) ?? {};
  const names = Object.keys({ ...elements(before), ...elements(after) });
  const now = names.filter((k) => elements(after)[k] === true && elements(before)[k] !== true).map((k) => ELEMENTS[k] ?? k);
  const no = names.filter((k) => elements(before)[k] === true && elements(after)[k] !== true).map((k) => ELEMENTS[k] ?? k);
  if (now.length) say('changed', 'elements', `now confirms ${listing(now)}`, false);
  if (no.length) say('changed', 'elements', `no longer confirms ${listing(no)}`, false);
}
