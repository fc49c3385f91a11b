import { schoolYearOf, springYear } from '../plan/school-year.js';
import { definePlanRule } from './types.js';

// EC 32286(a): a plan is adopted for each school year, and EC 32281(b)(3) has every version shared
// with responders. A version label that names another year (2025-26.1 in a 2026-27 plan) is the
// clearest sign of a plan copied forward unchanged, and misleads the record of distribution.

/** 2026-27 is written 2026-27 or 2026-2027, not inside a longer number. */
const namesYear = (version: string, year: string): boolean => {
  const full = `${year.slice(0, 5)}${springYear(year)}`;
  return [year, full].some((form) => new RegExp(`(^|\\D)${form}(\\D|$)`).test(version));
};

export default definePlanRule({
  meta: {
    id: 'version-school-year',
    severity: 'warning',
    citation: 'EC 32286(a); EC 32281(b)(3)',
    description: "The plan's version label names its school year (2026-27.1 for a 2026-27 plan), so each agency's copy can be told apart.",
    reading: { kind: 'practice', note: 'EC 32281(b)(3) shares the plan and every update with responders; a version that names its school year lets a reader see which plan they hold. The format is cssp practice.' },
    messages: {
      otherYear: "Version {{version}} does not name the plan's school year {{year}}: it looks copied from another year's plan.",
    },
  },
  check({ plan, report }) {
    const year = schoolYearOf(plan.schoolYear);
    if (!year || typeof plan.version !== 'string') return;
    if (namesYear(plan.version, year)) return;
    report({
      path: ['version'],
      messageId: 'otherYear', data: { version: String(plan.version), year },
      hint: `Start this year's label at ${year}.1 (or ${year}.0-draft until adoption), and use it in each \`distribution\` entry.`,
    });
  },
});
