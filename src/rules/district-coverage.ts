import { planPath, plansDirOf } from '../plan/paths.js';
import { schoolYearOn, springYear } from '../plan/school-year.js';
import { longDate } from '../util/long-date.js';
import { defineDistrictRule } from './types.js';

// The district answers for every school's plan (EC 32281(a)) and reports non-compliant schools to
// CDE by October 15 (EC 32288(c)); a site with no plan file is the first thing to catch.
//
// A missing plan is a plan not started yet, and like a section not written yet (section-not-written)
// it is only late once the adoption deadline (March 1, EC 32286(a)) has passed: a warning before it,
// an error after. So a district that `cssp init` has just made, with no plans at all, passes
// `cssp check` with one "not started" warning per site for the current school year, and the same
// check fails it from March 1 if the plans are still missing.
export default defineDistrictRule({
  meta: {
    id: 'district-coverage',
    severity: 'error',
    citation: 'EC 32281(a); EC 32286(a); EC 32288(c)',
    description: 'Every active site in the cssp.config.yaml registry has a plan for each school year checked and for the current one: a warning until the adoption deadline (March 1), an error after it.',
    reading: {
      kind: 'statute',
      note: 'EC 32281(a) makes the district responsible for every school\'s plan; the registry in cssp.config.yaml says which schools those are. EC 32286(a) sets adoption by March 1, so a plan not started before then is not yet late.',
    },
    messages: {
      noPlan: '{{siteName}} (`{{siteId}}`) has no plan for {{year}}: expected {{expected}}.',
      notStarted: '{{siteName}} (`{{siteId}}`): the {{year}} plan is not started yet (due by {{deadline}}): expected {{expected}}.',
    },
  },
  checkDistrict({ config, configFile, plans, years, asOf, report }) {
    const plansDir = plansDirOf(config);
    const present = new Set(plans.map((p) => `${p.folderYear}/${p.fileSiteId}`));
    // The years with plan folders, and the current school year once no folder reaches it: a new
    // district (no plans yet) and a district that has not started this year's plans both hear so.
    const current = schoolYearOn(asOf);
    const checked = years.some((y) => y >= current) ? years : [...years, current];
    config.sites.forEach((site, i) => {
      if (site.active === false) return;
      for (const year of checked) {
        if (present.has(`${year}/${site.id}`)) continue;
        const expected = planPath(plansDir, year, site.id);
        const deadline = `${springYear(year)}-03-01`;
        const late = asOf > deadline;
        report(configFile, {
          path: ['sites', i, 'id'],
          severity: late ? 'error' : 'warning',
          messageId: late ? 'noPlan' : 'notStarted',
          data: { siteName: site.name, siteId: site.id, year, deadline: longDate(deadline), expected },
          hint: `Run \`cssp new --site ${site.id} --year ${year}\` to start it (from last year's plan when there is one), or set \`active: false\` on a closed site.`,
        });
      }
    });
  },
});
