import { planPath, plansDirOf } from '../plan/paths.js';
import { defineDistrictRule } from './types.js';

// The district answers for every school's plan (EC 32281(a)) and reports non-compliant schools to
// CDE by October 15 (EC 32288(c)); a site with no plan file is the first thing to catch.
export default defineDistrictRule({
  meta: {
    id: 'district-coverage',
    severity: 'error',
    citation: 'EC 32281(a); EC 32288(c)',
    description: 'Every active site in the cssp.config.yaml registry has a plan for each school year checked.',
    reading: {
      kind: 'statute',
      note: 'EC 32281(a) makes the district responsible for every school\'s plan; the registry in cssp.config.yaml says which schools those are.',
    },
  },
  checkDistrict({ config, configFile, plans, years, report }) {
    const plansDir = plansDirOf(config);
    const present = new Set(plans.map((p) => `${p.folderYear}/${p.fileSiteId}`));
    config.sites.forEach((site, i) => {
      if (site.active === false) return;
      for (const year of years) {
        if (present.has(`${year}/${site.id}`)) continue;
        const expected = planPath(plansDir, year, site.id);
        report(configFile, {
          path: ['sites', i, 'id'],
          message: `${site.name} (\`${site.id}\`) has no plan for ${year}: expected ${expected}.`,
          hint: `Run \`cssp new --site ${site.id} --year ${year}\` to start it (from last year's plan when there is one), or set \`active: false\` on a closed site.`,
        });
      }
    });
  },
});
