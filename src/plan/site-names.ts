// Which other site of the district a text names (public-meeting: "held at Cypress Grove
// Elementary"). The registry's names are indexed once per config by their first three letters, so
// checking a plan costs the length of its text, not the number of sites: a county or state check of
// thousands of plans asked every plan about every site (quadratic in the district's size).

interface Named {
  name: string;
  lower: string;
  id: string;
  /** Its place in the registry: when several match, the first listed is the one named, as before. */
  order: number;
}

interface NameIndex {
  /** Names under three characters, searched one by one. */
  short: Named[];
  byPrefix: Map<string, Named[]>;
}

const PREFIX = 3;
const indexes = new WeakMap<readonly object[], NameIndex>();

function indexOf(sites: readonly { id: string; name: string }[]): NameIndex {
  let index = indexes.get(sites);
  if (index) return index;
  index = { short: [], byPrefix: new Map() };
  sites.forEach((site, order) => {
    if (typeof site.name !== 'string' || site.name === '') return;
    const named = { name: site.name, lower: site.name.toLowerCase(), id: site.id, order };
    if (named.lower.length < PREFIX) return void index.short.push(named);
    const key = named.lower.slice(0, PREFIX);
    const list = index.byPrefix.get(key);
    if (list) list.push(named);
    else index.byPrefix.set(key, [named]);
  });
  indexes.set(sites, index);
  return index;
}

/** The first registry site, other than `ownId`, whose name appears in `text` (case aside). */
export function otherSiteNamed(text: string, sites: readonly { id: string; name: string }[], ownId: string | undefined): string | undefined {
  const index = indexOf(sites);
  const lower = text.toLowerCase();
  let found: Named | undefined;
  const consider = (named: Named) => {
    if (named.id !== ownId && (!found || named.order < found.order)) found = named;
  };
  for (const named of index.short) if (lower.includes(named.lower)) consider(named);
  for (let at = 0; at + PREFIX <= lower.length; at++) {
    const list = index.byPrefix.get(lower.slice(at, at + PREFIX));
    if (list) for (const named of list) if (lower.startsWith(named.lower, at)) consider(named);
  }
  return found?.name;
}
