// A string read from a plan by `yaml` is a slice of the whole file's text, and V8 keeps all of
// that text alive for as long as the slice lives. A value kept for the rest of a long run (a
// bundle's manifest entry for each site) is copied, so each plan's text can go once its site is
// printed (a 300-site bundle otherwise held every plan's text: 23 KB a site).
export function ownCopy<T extends string | undefined>(value: T): T {
  return (value === undefined ? value : Buffer.from(value, 'utf8').toString('utf8')) as T;
}
