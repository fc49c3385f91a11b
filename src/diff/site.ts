// The plan's own labels and the site's identity: school year, version, name, address, counts.
import { asRecord, asText, ChangeList, quote, type Change, type Loose } from './change.js';

export function planLabelChanges(from: Loose, to: Loose): Change[] {
  const list = new ChangeList('Plan');
  list.value(['schoolYear'], 'School year', from.schoolYear, to.schoolYear);
  list.value(['version'], 'Version', from.version, to.version);
  return list.changes;
}

function address(v: unknown): string | undefined {
  const a = asRecord(v);
  if (!a) return undefined;
  if (a.status === 'not-written') return 'not written yet';
  const parts = [asText(a.street), asText(a.city), [asText(a.state) ?? 'CA', asText(a.zip)].filter(Boolean).join(' ')];
  return parts.filter((p) => p?.trim()).join(', ') || undefined;
}

const COUNT_LABELS: [string, string][] = [['enrollment', 'Enrollment'], ['staffCount', 'Staff on site']];

export function siteChanges(fromSite: Loose, toSite: Loose): Change[] {
  const list = new ChangeList('Site');
  const at = (key: string) => ['site', key];
  list.value(at('id'), 'Site id', fromSite.id, toSite.id);
  list.value(at('name'), 'Name', fromSite.name, toSite.name);
  list.value(at('cdsCode'), 'CDS code', fromSite.cdsCode, toSite.cdsCode);
  list.value(at('level'), 'School level', fromSite.level, toSite.level);
  list.value(at('grades'), 'Grades', fromSite.grades, toSite.grades);
  list.value(at('address'), 'Address', address(fromSite.address), address(toSite.address));
  for (const [key, label] of COUNT_LABELS) {
    const was = fromSite[key];
    const now = toSite[key];
    if (typeof was === 'number' && typeof now === 'number' && was !== now) {
      const delta = now - was;
      list.add('changed', at(key), `${label}: ${now} (was ${was}, ${delta > 0 ? '+' : '−'}${Math.abs(delta)})`);
    } else {
      list.value(at(key), label, was, now);
    }
  }
  list.value(at('afterHoursUse'), 'After-hours use of the campus', fromSite.afterHoursUse, toSite.afterHoursUse, quote);
  list.value(at('opened'), 'Date the campus opened', fromSite.opened, toSite.opened);
  list.value(at('fireHazardSeverityZone'), 'Fire hazard severity zone', fromSite.fireHazardSeverityZone, toSite.fireHazardSeverityZone);
  return list.changes;
}
