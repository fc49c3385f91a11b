// The drill log, summarised: how many drills of each type, and, within one school year (a plan
// compared with an earlier commit of itself), which drills were logged, removed or edited.
// Never one line per drill from one year to the next, and never who ran or noted a drill.
import { asList, asText, ChangeList, listing, plural, same, type Change, type Loose } from './change.js';
import { matchItems } from './match.js';

const DRILL_NAMES: Record<string, string> = {
  fire: 'fire drill', 'fire-alarm': 'fire alarm drill', earthquake: 'earthquake drill', lockdown: 'lockdown drill',
  'armed-assailant': 'armed-assailant drill', secure: 'secure drill', shelter: 'shelter drill', evacuation: 'off-site evacuation drill', other: 'other drill',
};
const TYPE_ORDER = Object.keys(DRILL_NAMES);
const drillName = (type: string) => DRILL_NAMES[type] ?? `${type} drill`;
const typeOf = (d: Loose) => asText(d.type) ?? 'other';
const MAX_LISTED = 6;

function countByType(drills: Loose[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of drills) counts.set(typeOf(d), (counts.get(typeOf(d)) ?? 0) + 1);
  return counts;
}

const order = (a: string, b: string) => (TYPE_ORDER.indexOf(a) + 1 || 99) - (TYPE_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b);

/** "3 fewer fire drills, 1 more lockdown drill". */
function typeDifferences(was: Loose[], now: Loose[]): string[] {
  const a = countByType(was);
  const b = countByType(now);
  const types = [...new Set([...a.keys(), ...b.keys()])].sort(order);
  return types.flatMap((t) => {
    const delta = (b.get(t) ?? 0) - (a.get(t) ?? 0);
    if (delta === 0) return [];
    const many = `${drillName(t)}s`;
    return [`${Math.abs(delta)} ${delta > 0 ? 'more' : 'fewer'} ${Math.abs(delta) === 1 ? drillName(t) : many}`];
  });
}

const named = (d: Loose) => `${drillName(typeOf(d))} on ${asText(d.date) ?? '(no date)'}`;
const some = (items: string[]) => (items.length > MAX_LISTED ? `${items.slice(0, MAX_LISTED).join(', ')} and ${items.length - MAX_LISTED} more` : listing(items));

export function drillChanges(from: Loose, to: Loose): Change[] {
  const list = new ChangeList('Drills');
  const was = asList(from.drills);
  const now = asList(to.drills);
  if (same(was, now)) return list.changes;
  const differences = typeDifferences(was, now);
  const sameYear = from.schoolYear !== undefined && from.schoolYear === to.schoolYear;
  const [a, b] = [asText(from.schoolYear), asText(to.schoolYear)];
  const total = sameYear || !a || !b ? `${plural(now.length, 'drill')} logged (was ${was.length})` : `${plural(now.length, 'drill')} logged in ${b} (${was.length} in ${a})`;
  if (!sameYear) {
    // Another school year's log: the counts are what can be compared.
    if (differences.length || was.length !== now.length) list.add('changed', ['drills'], `${total}${differences.length ? `: ${differences.join(', ')}` : ''}`);
    return list.changes;
  }
  const m = matchItems(was, now, [(d) => [d.type, d.date, d.time].map(asText).join('|'), (d) => [d.type, d.date].map(asText).join('|')]);
  if (m.added.length || m.removed.length) list.add('changed', ['drills'], `${total}${differences.length ? `: ${differences.join(', ')}` : ''}`);
  if (m.added.length) list.add('added', ['drills'], `Logged: ${some(m.added.map((a) => named(a.item)))}`);
  if (m.removed.length) list.add('removed', ['drills'], `Removed from the log: ${some(m.removed.map((r) => named(r.item)))}`);
  const edited = m.pairs.filter((p) => !same(p.before, p.after));
  for (const p of edited) {
    const fields = Object.keys({ ...p.before, ...p.after }).filter((k) => !same(p.before[k], p.after[k]));
    list.add('changed', ['drills', p.afterIndex], `Record of the ${named(p.after)} edited (${listing(fields)})`);
  }
  return list.changes;
}
