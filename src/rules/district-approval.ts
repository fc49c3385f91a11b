import { adoptedOn } from '../plan/deadlines.js';
import { daysBetween, isoDateOf } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule } from './types.js';

// EC 32288(a): the adopted plan goes to the district or county office of education for approval.
// There is no statutory deadline for approval; after 60 days a missing approval is worth a warning.
const APPROVAL_GRACE_DAYS = 60;

/** Bodies at the school, which write and adopt the plan but cannot approve it. */
const SCHOOL_BODY = /\b(school ?site council|ssc|safety (planning )?committee|principal|site administrat|pta|ptsa|pto|parent)/i;
const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
export default definePlanRule({
  meta: {
    id: 'district-approval',
    severity: 'error',
    citation: 'EC 32288(a)',
    description: 'The adopted plan is approved by the district\'s or county office\'s approving body (district.approvingBody in cssp.config.yaml), on or after the adoption date.',
    reading: {
      kind: 'interpretation',
      note: 'EC 32288(a): the school forwards the adopted plan to the district or county office for approval. The approver must be district.approvingBody when the config names it; without it, a school body (the council, the safety committee, the principal, a parent organisation) is refused by its name.',
      setting: 'district.approvingBody',
    },
    messages: {
      approvalWithoutAdoption: 'The plan records a district approval but no adoption. The school site council or safety committee adopts the plan first; the district then approves the adopted plan.',
      notApproved: 'The plan was adopted on {{adopted}} ({{days}} days ago) and no district approval is recorded. EC 32288(a) requires the district or county office to approve it.',
      approvalBeforeAdoption: 'The approval date ({{date}}) is before the plan was adopted ({{adopted}}); the district approves the plan the school adopted.',
      notApprovingBody: 'The approval is recorded by {{body}}, which is not the district\'s approving body ({{approvingBody}}). EC 32288(a) has the district or county office approve the plan the school adopted.',
      schoolBodyApproval: 'The approval is recorded by {{body}}, a body of the school. EC 32288(a) has the district or county office of education approve the plan; the school site council or safety committee adopts it.',
    },
  },
  check({ plan, config, asOf, report }) {
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
    const body = typeof approval.body === 'string' ? approval.body : '';
    const approvingBody = config?.district.approvingBody;
    if (body && approvingBody && words(body) !== words(approvingBody)) {
      report({
        path: ['approval', 'body'],
        messageId: 'notApprovingBody', data: { body, approvingBody },
        hint: `Record the approval by ${approvingBody} (its date and agenda item); if the district's approving body has another name, correct district.approvingBody in cssp.config.yaml.`,
      });
    } else if (body && !approvingBody && SCHOOL_BODY.test(body)) {
      report({
        path: ['approval', 'body'],
        messageId: 'schoolBodyApproval', data: { body },
        hint: 'Record the approval by the district\'s governing board or the county office (name it in district.approvingBody in cssp.config.yaml).',
      });
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
