import { placeOf } from '../plan/paths.js';
import { definePlanRule } from './types.js';

// Tools, reviewers and the district bundle find a plan by its place: plans/<year>/<site-id>.yaml.
// A copied file that still says last year's schoolYear is a common and costly mistake.
export default definePlanRule({
  meta: {
    id: 'plan-location',
    severity: 'error',
    citation: 'EC 32286(a) (a plan for each school year)',
    description: "The plan's site.id and schoolYear match its file name and folder (plans/<school-year>/<site-id>.yaml).",
    reading: {
      kind: 'practice',
      note: 'One plan per school a year (EC 32286(a)) kept at plans/<school-year>/<site-id>.yaml, so cssp can find each year\'s plan.',
    },
    messages: {
      siteIdMismatch: 'site.id is `{{siteId}}` but the file is named {{fileSiteId}}.yaml.',
      yearMismatch: 'schoolYear is {{schoolYear}} but the file is in the {{folderYear}} folder.',
    },
  },
  check({ plan, file, report }) {
    const { folderYear, fileSiteId } = placeOf(file);
    if (typeof plan.site?.id === 'string' && plan.site.id !== fileSiteId) {
      report({
        path: ['site', 'id'],
        messageId: 'siteIdMismatch', data: { siteId: plan.site.id, fileSiteId },
        hint: `Rename the file to ${plan.site.id}.yaml, or correct site.id.`,
      });
    }
    if (folderYear && typeof plan.schoolYear === 'string' && plan.schoolYear !== folderYear) {
      report({
        path: ['schoolYear'],
        messageId: 'yearMismatch', data: { schoolYear: plan.schoolYear, folderYear },
        hint: `If this is a copy of last year's plan, set schoolYear: ${folderYear} and update its dates; otherwise move the file.`,
      });
    }
  },
});
