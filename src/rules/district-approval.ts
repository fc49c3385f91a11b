import { adoptedOn } from '../plan/deadlines.js';
import { daysBetween, isoDateOf } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule } from './types.js';

// EC 32288(a): the adopted plan goes to the district or county office of education for approval.
// There is no statutory deadline for approval; after 60 days a missing approval is worth a warning.
const APPROVAL_GRACE_DAYS = 60;

export default definePlanRule({
  meta: {
    id: 'district-approval',
    severity: 'error',
    citation: 'EC 32288(a)',
    description: 'The adopted plan is approved by the district or county office, on or after the adoption date.',
    reading: { kind: 'statute', note: 'EC 32288(a): the school forwards the adopted plan to the district or county office for approval.' },
    messages: {
      approvalWithoutAdoption: 'The plan records a district approval but no adoption. The school site council or safety committee adopts the plan first; the district then approves the adopted plan.',
      notApproved: 'The plan was adopted on {{adopted}} ({{days}} days ago) and no district approval is recorded. EC 32288(a) requires the district or county office to approve it.',
      approvalBeforeAdoption: 'The approval date ({{date}}) is before the plan was adopted ({{adopted}}); the district approves the plan the school adopted.',
    },
  },
  check({ plan, asOf, report }) {
    const adopted = adoptedOn(plan);
    const approval = plan.approval;
    const hasApproval = approval !== undefined && approval !== null;
    if (!adopted) {
      if (hasApproval) {
        report({
          path: ['approval'],
          messageId: 'approvalWithoutAdoption',
          hint: 'Add `adoption:` with the date the council or committee adopted the plan, or remove `approval:` if it was recorded early.',
        });
      }
      return;
    }
    if (!hasApproval) {
      const days = daysBetween(adopted, asOf);
      if (days > APPROVAL_GRACE_DAYS) {
        report({
          path: ['approval'],
          severity: 'warning',
          messageId: 'notApproved', data: { adopted: longDate(adopted), days },
          hint: 'When the governing board approves the plan, add `approval:` with `body:`, `date:` and the agenda `item:`.',
        });
      }
      return;
    }
    const date = isoDateOf(approval.date);
    if (date && date < adopted) {
      report({
        path: ['approval', 'date'],
        messageId: 'approvalBeforeAdoption', data: { date: longDate(date), adopted: longDate(adopted) },
        hint: 'Correct the date; if the board approved an earlier draft, it must approve the adopted plan again.',
      });
    }
  },
});
