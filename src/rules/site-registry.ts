import type { DistrictConfig, RegistrySite } from '../plan/types.generated.js';
import { definePlanRule } from './types.js';

// One lookup table per config, so checking N plans against N sites stays linear.
const registries = new WeakMap<DistrictConfig, Map<string, RegistrySite>>();
function registry(config: DistrictConfig): Map<string, RegistrySite> {
  let map = registries.get(config);
  if (!map) registries.set(config, (map = new Map(config.sites.map((s) => [s.id, s]))));
  return map;
}

// The registry in cssp.config.yaml is the district's list of schools; a plan whose level or grades
// disagree with it would be checked against the wrong drill and section rules.
export default definePlanRule({
  meta: {
    id: 'site-registry',
    severity: 'warning',
    citation: 'EC 32281(a)',
    description: "The plan's site is in the cssp.config.yaml registry, with the same name, level and grades.",
    reading: {
      kind: 'practice',
      note: 'The registry in cssp.config.yaml is cssp\'s record of the district\'s schools (EC 32281(a)); a plan must match it.',
    },
    messages: {
      notInRegistry: 'Site `{{siteId}}` is not in the site registry (sites: in cssp.config.yaml).',
      differsFromRegistry: 'site.{{field}} is `{{planValue}}` but the registry says `{{registryValue}}`.',
    },
  },
  check({ plan, config, report }) {
    if (!config || typeof plan.site?.id !== 'string') return;
    const entry = registry(config).get(plan.site.id);
    if (!entry) {
      report({
        path: ['site', 'id'],
        messageId: 'notInRegistry', data: { siteId: plan.site.id },
        hint: 'Add the site to sites: in cssp.config.yaml, or correct site.id.',
      });
      return;
    }
    for (const field of ['name', 'level', 'grades'] as const) {
      if (plan.site[field] === undefined || plan.site[field] === entry[field]) continue;
      report({
        path: ['site', field],
        messageId: 'differsFromRegistry', data: { field, planValue: String(plan.site[field]), registryValue: String(entry[field]) },
        hint: `Make the plan and cssp.config.yaml agree; the ${field} decides which rules apply.`,
      });
    }
  },
});
