// The written notice of the public meeting (EC 32288(b)(2)): one letter to each recipient the law
// names (the mayor, the school employee organisations, each parent organisation at the site, the
// teacher organisations, the student body government, and everyone who asked to be notified), from
// the plan's meeting record, for the site lead to send. The letter's wording is cssp's, in English;
// the district's translators translate it with the family edition (cssp translate extract carries
// its units), and a stale or missing translation prints in English with the same note. Pure.
import type { Plan } from '../plan/types.generated.js';
import { sourceHash, unitState, type Passage, type SourceUnit, type Translation } from './family.js';

/** The letter, with {school}, {date} and {location} filled in when it prints. */
export const NOTICE_SOURCE: Readonly<Record<string, string>> = {
  'notice.subject': 'Public meeting on the {school} Comprehensive School Safety Plan',
  'notice.body': '{school} will hold a public meeting on its Comprehensive School Safety Plan on {date}, in {location} at the school. Anyone may come and give an opinion about the plan before it is adopted.',
  'notice.purpose': 'The plan sets out how the school keeps pupils and staff safe: its assessment of crime on campus, its safety programs, and its procedures for emergencies, discipline and reporting.',
  'notice.law': 'We send this notice as California Education Code section 32288(b) requires.',
  'notice.closing': 'With questions about the meeting or the plan, please contact the school office.',
};

const RECIPIENTS: Record<string, string> = {
  mayor: 'The Mayor',
  'school-employee-organization': 'School employee organization',
  'parent-organization': 'Parent organization',
  'teacher-organization': 'Teacher organization',
  'student-government': 'Student body government',
  requester: 'Requested notice of the meeting',
};

/** The letter's strings as translation units, when the plan records a meeting to announce. */
export function noticeSource(plan: Pick<Plan, 'publicMeeting'>): SourceUnit[] {
  if (!plan.publicMeeting?.date) return [];
  return Object.entries(NOTICE_SOURCE).map(([id, text]) => ({ id, text, hash: sourceHash(text) }));
}

export interface Letter {
  recipient: string;
  recipientType: string;
  subject: Passage;
  paragraphs: Passage[];
}

export interface MeetingNoticeView {
  lang: string;
  dir: 'ltr' | 'rtl';
  school: string;
  district?: string;
  schoolYear: string;
  letters: Letter[];
  /** Recipients the record marks not applicable, with the reason (said in the run, not printed). */
  notApplicable: string[];
  fallbacks: number;
}

export function meetingNoticeView(input: { plan: Plan; district?: string; lang: string; dir: 'ltr' | 'rtl'; translation?: Translation; formatDate: (iso: string) => string }): MeetingNoticeView {
  const { plan, lang } = input;
  const meeting = plan.publicMeeting;
  let fallbacks = 0;
  const fill = (text: string) => text.replace(/\{school\}/g, plan.site.name).replace(/\{date\}/g, meeting ? input.formatDate(meeting.date) : '').replace(/\{location\}/g, meeting?.location ?? '');
  const passage = (id: string): Passage => {
    const text = NOTICE_SOURCE[id]!;
    if (lang === 'en') return { text: fill(text), lang };
    const state = unitState({ id, text, hash: sourceHash(text) }, input.translation);
    if (state === 'current') return { text: fill(input.translation!.units[id]!.text), lang };
    fallbacks++;
    return { text: fill(text), lang: 'en', fallback: state === 'stale' ? 'stale' : 'missing' };
  };
  const notices = meeting?.notices ?? [];
  // Every kind of recipient the law names gets a letter: those the record names by name, and a
  // kind not yet recorded addressed by its kind, for the site lead to fill in before sending.
  const recorded = new Set<string>(notices.map((n) => n.recipient));
  const unrecorded = Object.keys(RECIPIENTS).filter((r) => !recorded.has(r)).map((recipient) => ({ recipient, name: undefined as string | undefined }));
  const letters = (meeting?.date ? [...notices.filter((n) => !n.notApplicable), ...unrecorded] : []).map((n) => ({
    recipient: n.name ?? RECIPIENTS[n.recipient] ?? n.recipient,
    recipientType: RECIPIENTS[n.recipient] ?? n.recipient,
    subject: passage('notice.subject'),
    paragraphs: ['notice.body', 'notice.purpose', 'notice.law', 'notice.closing'].map(passage),
  }));
  return {
    lang, dir: input.dir, school: plan.site.name, ...(input.district ? { district: input.district } : {}), schoolYear: plan.schoolYear, letters,
    notApplicable: notices.filter((n) => n.notApplicable).map((n) => `${RECIPIENTS[n.recipient] ?? n.recipient}${n.reason ? `: ${n.reason.replace(/\.$/, '')}` : ''}`),
    fallbacks,
  };
}
