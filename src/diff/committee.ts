// Who wrote the plan and who was consulted. Committee members are named with their role, except
// pupils: a student member is counted, never named (the change list goes into PR comments).
import { asList, asText, ChangeList, listing, plain, plural, type Change, type Loose } from './change.js';
import { changedPairs, matchItems } from './match.js';

const AUTHORING_BODY: Record<string, string> = { 'schoolsite-council': 'the School Site Council', 'safety-committee': 'a school safety planning committee' };
const isPupil = (m: Loose) => m.role === 'student';
const who = (m: Loose) => `${plain(m.name)} (${plain(m.role)})`;

function people(members: Loose[]): string {
  const named = members.filter((m) => !isPupil(m)).map(who);
  const pupils = members.filter(isPupil).length;
  return listing([...named, ...(pupils ? [plural(pupils, 'student member')] : [])]);
}

export function committeeChanges(fromCommittee: Loose, toCommittee: Loose): Change[] {
  const list = new ChangeList('Committee');
  const body = (v: unknown) => AUTHORING_BODY[plain(v)] ?? plain(v);
  list.value(['committee', 'authoringBody'], 'Written by', fromCommittee.authoringBody, toCommittee.authoringBody, body);
  const [was, now] = [asText(fromCommittee.delegatedOn), asText(toCommittee.delegatedOn)];
  if (was && now && was !== now) list.add('changed', ['committee', 'delegatedOn'], `Delegated to the safety committee on ${now} (was ${was})`);
  else list.value(['committee', 'delegatedOn'], 'Date delegated to the safety committee', was, now);
  const m = matchItems(asList(fromCommittee.members), asList(toCommittee.members), [(x) => asText(x.name)]);
  if (m.added.length) list.add('added', ['committee', 'members'], `Added ${people(m.added.map((a) => a.item))}`);
  if (m.removed.length) list.add('removed', ['committee', 'members'], `Removed ${people(m.removed.map((r) => r.item))}`);
  for (const { before, after, afterIndex } of changedPairs(m)) {
    const name = isPupil(before) || isPupil(after) ? 'A student member' : plain(after.name);
    const what: string[] = [];
    if (before.role !== after.role) what.push(`role ${plain(after.role)} (was ${plain(before.role)})`);
    if (before.title !== after.title) what.push(after.title ? `title ${plain(after.title)}` : 'no title');
    if (before.representing !== after.representing) what.push(after.representing ? `representing ${plain(after.representing)}` : 'no longer listed as representing anyone');
    list.add('changed', ['committee', 'members', afterIndex], `${name}: ${what.join('; ')}`);
  }
  return list.changes;
}

const AGENCY_TYPES: Record<string, string> = { 'law-enforcement': 'law enforcement', fire: 'fire', ems: 'EMS', other: 'other', district: 'district' };

export function consultationChanges(from: unknown, to: unknown): Change[] {
  const list = new ChangeList('Consultations');
  const agency = (c: Loose) => `${plain(c.agency)} (${AGENCY_TYPES[plain(c.type)] ?? plain(c.type)})`;
  const m = matchItems(asList(from), asList(to), [(c) => asText(c.agency) && `${asText(c.agency)}|${asText(c.type)}`, (c) => asText(c.agency)]);
  for (const { item, index } of m.added) list.add('added', ['consultations', index], `Consulted ${agency(item)} on ${plain(item.date)}`);
  for (const { item, index } of m.removed) list.add('removed', ['consultations', index], `No consultation recorded with ${agency(item)} (was ${plain(item.date)})`);
  for (const { before, after, afterIndex } of changedPairs(m)) {
    const what: string[] = [];
    if (before.date !== after.date) what.push(`consulted ${plain(after.date)} (was ${plain(before.date)})`);
    if (before.type !== after.type) what.push(`type ${plain(after.type)} (was ${plain(before.type)})`);
    if (before.contact !== after.contact) what.push(after.contact ? `contact ${plain(after.contact)}${before.contact ? ` (was ${plain(before.contact)})` : ''}` : 'contact removed');
    if (before.notes !== after.notes) what.push(!after.notes ? 'notes removed' : before.notes ? 'notes changed' : 'notes added');
    list.add('changed', ['consultations', afterIndex], `${plain(after.agency)}: ${what.join('; ')}`);
  }
  return list.changes;
}
