// Assembly areas, evacuation and reunification sites, staging areas and the command post:
// "Reunification site changed from Harbor City Community Center to Cypress Grove Elementary MPR".
import { asList, asRecord, asText, ChangeList, plain, quote, type Loose } from './change.js';
import { changedPairs, matchItems } from './match.js';

export const PLACE_LISTS = [
  ['assemblyAreas', 'assembly area'],
  ['evacuationSites', 'off-site evacuation site'],
  ['reunificationSites', 'reunification site'],
  ['stagingAreas', 'staging area'],
] as const;

const capitalised = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const rank = (p: Loose) => (p.primary === true ? 'primary ' : p.primary === false ? 'alternate ' : '');

export function placeListChanges(list: ChangeList, key: string, noun: string, from: unknown, to: unknown): void {
  const m = matchItems(asList(from), asList(to), [(p) => asText(p.name), (p) => asText(p.location)]);
  const path = (i: number) => ['responder', key, i];
  // One removed and one added of the same rank is a replacement: say it in one sentence.
  while (m.removed.length && m.added.length) {
    const r = m.removed[0]!;
    const a = m.added.find((x) => rank(x.item) === rank(r.item));
    if (!a) break;
    m.removed.shift();
    m.added.splice(m.added.indexOf(a), 1);
    list.add('changed', path(a.index), `${capitalised(rank(a.item) + noun)} changed from ${plain(r.item.name)} to ${plain(a.item.name)} (${plain(a.item.location)})`);
  }
  for (const { item, index } of m.added) list.add('added', path(index), `Added ${rank(item)}${noun}: ${plain(item.name)} (${plain(item.location)})`);
  for (const { item, index } of m.removed) list.add('removed', path(index), `Removed ${rank(item)}${noun}: ${plain(item.name)}`);
  for (const { before, after, afterIndex } of changedPairs(m)) {
    placeDetails(list, path(afterIndex), `${capitalised(noun)} ${plain(after.name)}`, capitalised(rank(after) + noun), before, after);
  }
}

export function commandPostChanges(list: ChangeList, from: unknown, to: unknown): void {
  const was = asRecord(from);
  const now = asRecord(to);
  const path = ['responder', 'commandPost'];
  if (!was && now) list.add('added', path, `Incident command post: ${plain(now.name)}`);
  else if (was && !now) list.add('removed', path, `Incident command post removed (was ${plain(was.name)})`);
  else if (was && now) placeDetails(list, path, 'Incident command post', 'Incident command post', was, now);
}

/** `label` names the place in each detail; `noun` says what it is when its name changed. */
function placeDetails(list: ChangeList, path: (string | number)[], label: string, noun: string, before: Loose, after: Loose): void {
  const was = (k: string) => before[k];
  const now = (k: string) => after[k];
  if (was('name') !== now('name')) list.add('changed', [...path, 'name'], `${noun} changed from ${plain(was('name'))} to ${plain(now('name'))}`);
  if (was('location') !== now('location')) list.add('changed', [...path, 'location'], `${label} moved from ${quote(was('location'))} to ${quote(now('location'))}`);
  if (was('primary') !== now('primary')) list.add('changed', [...path, 'primary'], `${label} is now ${now('primary') === true ? 'the primary choice' : 'an alternate'}`);
  list.value([...path, 'capacity'], `${label}: capacity`, was('capacity'), now('capacity'));
  list.value([...path, 'purpose'], `${label}: purpose`, was('purpose'), now('purpose'), quote);
  list.value([...path, 'requestGate'], `${label}: request gate`, was('requestGate'), now('requestGate'), quote);
  list.value([...path, 'reunionGate'], `${label}: reunion gate`, was('reunionGate'), now('reunionGate'), quote);
  // Who to call to open it: often a name and a phone number, so described rather than quoted.
  list.described([...path, 'contact'], `${label}: contact to open it`, was('contact'), now('contact'));
  positionChange(list, [...path, 'position'], label, was('position'), now('position'));
}

/** A feature's place on a map, said in words: placed, moved (to which map), or taken off. */
export function positionChange(list: ChangeList, path: (string | number)[], label: string, before: unknown, after: unknown): void {
  const was = asRecord(before);
  const now = asRecord(after);
  if (!was && !now) return;
  if (!was) list.add('added', path, `${label}: placed on map ${plain(now!.map)}`);
  else if (!now) list.add('removed', path, `${label}: taken off the map`);
  else if (was.map !== now.map || was.x !== now.x || was.y !== now.y) list.add('changed', path, `${label}: moved on the map${was.map !== now.map ? ` (now on ${plain(now.map)})` : ''}`);
}
