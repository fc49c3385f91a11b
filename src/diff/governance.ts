// The steps from meeting to delivery: the public meeting and its notices, adoption, approval and
// the record of distribution. From one school year to the next these all change; each is said
// in one line.
import { asList, asRecord, asText, ChangeList, listing, plain, plural, same, type Area, type Change, type Loose } from './change.js';
import { matchItems } from './match.js';

const meeting = (m: Loose) => `${plain(m.date)}, ${plain(m.location)}`;
const adoption = (a: Loose) => [`adopted ${plain(a.date)}${a.body ? ` by ${plain(a.body)}` : ''}`, a.vote && `vote ${plain(a.vote)}`].filter(Boolean).join(', ');
const approval = (a: Loose) => [`approved ${plain(a.date)} by ${plain(a.body)}`, a.item && plain(a.item)].filter(Boolean).join(', ');

/** A record that is there or not: "Recorded: …", "Not recorded (was …)", or "… (was …)". */
function record(area: Area, key: string, from: unknown, to: unknown, describe: (r: Loose) => string, list = new ChangeList(area)): ChangeList {
  const was = asRecord(from);
  const now = asRecord(to);
  if (!was && now) list.add('added', [key], `Recorded: ${describe(now)}`);
  else if (was && !now) list.add('removed', [key], `Not recorded (was ${describe(was)})`);
  else if (was && now && describe(was) !== describe(now)) list.add('changed', [key], `${describe(now)} (was ${describe(was)})`);
  return list;
}

const RECIPIENTS: Record<string, string> = {
  mayor: 'the mayor', 'school-employee-organization': 'the school employee organization', 'parent-organization': 'the parent organization',
  'teacher-organization': 'the teacher organization', 'student-government': 'student government', requester: 'those who asked',
};
const recipient = (n: Loose) => RECIPIENTS[plain(n.recipient)] ?? plain(n.recipient);

function noticeChanges(from: unknown, to: unknown, list: ChangeList): void {
  const was = asList(asRecord(from)?.notices);
  const now = asList(asRecord(to)?.notices);
  if (!asRecord(from) || !asRecord(to) || same(was, now)) return; // a meeting added or removed says it all
  const m = matchItems(was, now, [(n) => asText(n.recipient)]);
  const path = ['publicMeeting', 'notices'];
  if (m.added.length) list.add('added', path, `Notice recorded to ${listing(m.added.map((a) => recipient(a.item)))}`);
  if (m.removed.length) list.add('removed', path, `Notice no longer recorded to ${listing(m.removed.map((r) => recipient(r.item)))}`);
  const changed = m.pairs.filter((p) => !same(p.before, p.after));
  if (changed.length) list.add('changed', path, `Notice to ${listing(changed.map((p) => recipient(p.after)))} changed`);
}

export function governanceChanges(from: Loose, to: Loose): Change[] {
  const meetingList = record('Public meeting', 'publicMeeting', from.publicMeeting, to.publicMeeting, meeting);
  noticeChanges(from.publicMeeting, to.publicMeeting, meetingList);
  return [
    ...meetingList.changes,
    ...record('Adoption', 'adoption', from.adoption, to.adoption, adoption).changes,
    ...record('Approval', 'approval', from.approval, to.approval, approval).changes,
    ...distributionChanges(from.distribution, to.distribution),
  ];
}

const delivery = (d: Loose) => `${plain(d.agency)}: ${plain(d.edition)} edition${d.version ? ` ${plain(d.version)}` : ''} on ${plain(d.date)}`;

function distributionChanges(from: unknown, to: unknown): Change[] {
  const list = new ChangeList('Distribution');
  const was = asList(from);
  const now = asList(to);
  // A new school year starts with no deliveries: one line, not one per agency.
  if (now.length === 0 && was.length > 0) list.add('removed', ['distribution'], `No deliveries recorded (was ${was.length})`);
  else if (was.length === 0 && now.length > 0) list.add('added', ['distribution'], `Recorded ${plural(now.length, 'delivery', 'deliveries')}: ${now.map(delivery).join('; ')}`);
  else {
    const m = matchItems(was, now, [(d) => [d.agency, d.edition, d.version, d.date].map(asText).join('|')]);
    for (const { item, index } of m.added) list.add('added', ['distribution', index], `Delivered to ${delivery(item)}`);
    for (const { item, index } of m.removed) list.add('removed', ['distribution', index], `Delivery record removed: ${delivery(item)}`);
    for (const p of m.pairs.filter((p) => !same(p.before, p.after))) list.add('changed', ['distribution', p.afterIndex], `Delivery record edited: ${delivery(p.after)}`);
  }
  return list.changes;
}
