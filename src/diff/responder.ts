// The first-responder packet: contacts, shut-offs, places, hazards, maps, evacuation help and the
// response protocol. Phone numbers and notes are described, not quoted: the list goes into pull
// requests, and notes on evacuation help must never carry a pupil's name into one.
import { utilityName } from '../plan/utilities.js';
import { asList, asRecord, asText, ChangeList, plain, quote, type Change, type Loose } from './change.js';
import { changedPairs, matchItems } from './match.js';
import { commandPostChanges, PLACE_LISTS, placeListChanges, positionChange } from './places.js';

export function responderChanges(from: Loose, to: Loose): Change[] {
  const list = new ChangeList('Responder packet');
  const was = asRecord(from.responder) ?? {};
  const now = asRecord(to.responder) ?? {};
  contactChanges(list, was.contacts, now.contacts);
  utilityChanges(list, was.utilities, now.utilities);
  for (const [key, noun] of PLACE_LISTS) placeListChanges(list, key, noun, was[key], now[key]);
  commandPostChanges(list, was.commandPost, now.commandPost);
  hazardChanges(list, was.hazards, now.hazards);
  mapChanges(list, was.maps, now.maps);
  countChanges(list, ['responder', 'buildings'], 'Buildings described', was.buildings, now.buildings);
  countChanges(list, ['responder', 'doors'], 'Numbered exterior doors', was.doors, now.doors);
  assistanceChanges(list, asRecord(was.evacuationAssistance), asRecord(now.evacuationAssistance));
  list.value(['responder', 'responseProtocol'], 'Response protocol', was.responseProtocol, now.responseProtocol);
  return list.changes;
}

function contactChanges(list: ChangeList, from: unknown, to: unknown): void {
  const m = matchItems(asList(from), asList(to), [(c) => asText(c.name), (c) => asText(c.role)]);
  const path = (i: number) => ['responder', 'contacts', i];
  for (const { item, index } of m.added) list.add('added', path(index), `Added contact: ${plain(item.name)}, ${plain(item.role)}`);
  for (const { item, index } of m.removed) list.add('removed', path(index), `Removed contact: ${plain(item.name)}, ${plain(item.role)}`);
  for (const { before, after, afterIndex } of changedPairs(m)) {
    const label = `Contact ${plain(after.name)}`;
    const at = (k: string) => [...path(afterIndex), k];
    if (before.name !== after.name) list.add('changed', at('name'), `${label}: renamed from ${plain(before.name)}`);
    list.value(at('role'), `${label}: role`, before.role, after.role);
    list.described(at('phone'), `${label}: phone number`, before.phone, after.phone);
    list.described(at('mobile'), `${label}: mobile number`, before.mobile, after.mobile);
    if (!!before.available24x7 !== !!after.available24x7) list.add('changed', at('available24x7'), `${label}: ${after.available24x7 ? 'now' : 'no longer'} answered 24/7`);
    if (!!before.keyHolder !== !!after.keyHolder) list.add('changed', at('keyHolder'), `${label}: ${after.keyHolder ? 'now holds' : 'no longer holds'} keys to the campus`);
  }
}

function utilityChanges(list: ChangeList, from: unknown, to: unknown): void {
  const kind = (u: Loose) => asText(u.kind);
  // Sites have several AEDs: pair by kind and map label, then kind and place, then kind alone.
  const m = matchItems(asList(from), asList(to), [
    (u) => u.map ? `${kind(u)}|${asText(u.map)}` : undefined,
    (u) => `${kind(u)}|${asText(u.location)}`,
    kind,
  ]);
  const name = (u: Loose) => utilityName(plain(u.kind));
  const path = (i: number) => ['responder', 'utilities', i];
  for (const { item, index } of m.added) list.add('added', path(index), `Added ${name(item)}: ${quote(item.location)}`);
  for (const { item, index } of m.removed) list.add('removed', path(index), `Removed ${name(item)} (was at ${quote(item.location)})`);
  for (const { before, after, afterIndex } of changedPairs(m)) {
    const at = (k: string) => [...path(afterIndex), k];
    const label = `${name(after)}${after.map ? ` (${plain(after.map)})` : ''}`;
    if (before.kind !== after.kind) list.add('changed', at('kind'), `${label}: was listed as ${name(before)}`);
    if (before.location !== after.location) list.add('changed', at('location'), `${label} moved from ${quote(before.location)} to ${quote(after.location)}`);
    list.value(at('map'), `${name(after)}: map label`, before.map, after.map);
    positionChange(list, at('position'), label, before.position, after.position);
    list.described(at('notes'), `${label}: notes`, before.notes, after.notes);
  }
}

function hazardChanges(list: ChangeList, from: unknown, to: unknown): void {
  const m = matchItems(asList(from), asList(to), [(h) => asText(h.kind), (h) => asText(h.location)]);
  const path = (i: number) => ['responder', 'hazards', i];
  for (const { item, index } of m.added) list.add('added', path(index), `Added hazard: ${plain(item.kind)} (${plain(item.location)})`);
  for (const { item, index } of m.removed) list.add('removed', path(index), `Removed hazard: ${plain(item.kind)}`);
  for (const { before, after, afterIndex } of changedPairs(m)) {
    const at = (k: string) => [...path(afterIndex), k];
    const label = `Hazard ${plain(after.kind)}`;
    if (before.kind !== after.kind) list.add('changed', at('kind'), `${label}: was ${plain(before.kind)}`);
    if (before.location !== after.location) list.add('changed', at('location'), `${label}: location changed from ${quote(before.location)} to ${quote(after.location)}`);
    list.described(at('notes'), `${label}: notes`, before.notes, after.notes);
    positionChange(list, at('position'), label, before.position, after.position);
  }
}

function mapChanges(list: ChangeList, from: unknown, to: unknown): void {
  const m = matchItems(asList(from), asList(to), [(x) => asText(x.file), (x) => asText(x.title)]);
  const secret = (x: Loose) => x.visibility === 'confidential';
  // A confidential map's caption may say what it shows; it is named only by its place in the list.
  const title = (x: Loose, i: number) => (secret(x) ? `confidential map ${i + 1}` : `map ${quote(x.title)}`);
  const path = (i: number) => ['responder', 'maps', i];
  for (const { item, index } of m.added) list.add('added', path(index), `Added ${title(item, index)}`, secret(item));
  for (const { item, index } of m.removed) list.add('removed', path(index), `Removed ${title(item, index)}`, secret(item));
  for (const { before, after, afterIndex } of changedPairs(m)) {
    const confidential = secret(before) || secret(after);
    const label = confidential ? `Confidential map ${afterIndex + 1}` : `Map ${quote(after.title)}`;
    const what: string[] = [];
    if (before.title !== after.title) what.push(confidential ? 'caption changed' : `caption was ${quote(before.title)}`);
    if (before.file !== after.file) what.push(confidential ? 'image file changed' : `image file now ${plain(after.file)}`);
    if (before.visibility !== after.visibility) what.push(`visibility changed from ${plain(before.visibility ?? 'responder')} to ${plain(after.visibility ?? 'responder')}`);
    if (before.id !== after.id) what.push(after.id === undefined ? 'id removed' : `id now ${plain(after.id)}`);
    if (before.orientation !== after.orientation) what.push(after.orientation === undefined ? 'orientation removed' : `orientation now ${plain(after.orientation)}° from north`);
    if (JSON.stringify(before.georeference) !== JSON.stringify(after.georeference)) what.push(after.georeference ? 'placed on the earth anew (georeference points changed)' : 'georeference removed');
    const walked = (v: unknown) => asText(asRecord(v)?.date);
    if (walked(before.verified) !== walked(after.verified)) what.push(walked(after.verified) ? `walked on site ${walked(after.verified)}${walked(before.verified) ? ` (was ${walked(before.verified)})` : ''}` : 'walkthrough record removed');
    // Every change named above; a change no sentence covers still says so rather than print nothing.
    if (what.length === 0) what.push('details changed');
    list.add('changed', path(afterIndex), `${label}: ${what.join('; ')}`, confidential);
  }
}

/** Lists whose entries are compared by what is printed of them: their count, and that they changed. */
function countChanges(list: ChangeList, path: (string | number)[], label: string, from: unknown, to: unknown): void {
  const was = asList(from);
  const now = asList(to);
  if (JSON.stringify(was) === JSON.stringify(now)) return;
  list.add(was.length ? (now.length ? 'changed' : 'removed') : 'added', path, was.length === now.length ? `${label}: details changed` : `${label}: ${now.length} (was ${was.length})`);
}

function assistanceChanges(list: ChangeList, was: Loose | undefined, now: Loose | undefined): void {
  const path = ['responder', 'evacuationAssistance'];
  const counts = (a: Loose) => `${plain(a.pupils)} pupils and ${plain(a.staff)} staff`;
  if (!was && !now) return;
  if (!was || !now) {
    list.add(now ? 'added' : 'removed', path, now ? `Evacuation help: ${counts(now)} need help to evacuate` : 'Evacuation help counts removed');
    return;
  }
  if (was.pupils !== now.pupils) list.add('changed', [...path, 'pupils'], `Pupils who need help to evacuate: ${plain(now.pupils)} (was ${plain(was.pupils)})`);
  if (was.staff !== now.staff) list.add('changed', [...path, 'staff'], `Staff who need help to evacuate: ${plain(now.staff)} (was ${plain(was.staff)})`);
  list.described([...path, 'notes'], 'Evacuation help: notes on where they are', was.notes, now.notes);
}
