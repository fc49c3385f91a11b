// Last year's plan, moved on a year: every comment, the section text and the responder packet
// stay as written; what must be done again each year is cleared (EC 32286(a): a plan each year,
// with its own consultations, meeting, adoption and approval).
import { plural } from '../util/plural.js';
import { PlanEditor } from '../plan/edit.js';
import type { Member, PublicMeeting } from '../plan/types.generated.js';
import { MODELINE } from './modeline.js';

/** Cleared each year, in the order a plan lists them. */
const YEARLY = ['consultations', 'publicMeeting', 'adoption', 'approval', 'distribution'] as const;

export interface CarryInput {
  text: string;
  fromYear: string;
  toYear: string;
  modeline: string;
  /** Replaces last year's members when given. */
  members?: readonly Member[];
  meeting?: PublicMeeting;
  /** Sections the law asks of every plan written now: added, marked not written, when last year's plan lacks them. */
  lawSections?: readonly string[];
}

export interface CarryResult {
  text: string;
  /** Sections added for laws that took effect since last year's plan, marked not written. */
  added: string[];
  kept: string[];
  cleared: string[];
  /** Map images the plan names, relative to its folder. */
  maps: string[];
  /** Lines of comments that still name the old school year. */
  staleComments: number[];
}

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

export function carryForward(input: CarryInput): CarryResult {
  const text = MODELINE.test(input.text.split('\n', 1)[0]!) ? input.text.replace(MODELINE, input.modeline) : `${input.modeline}\n${input.text}`;
  const plan = new PlanEditor(text);
  const kept = ['comments', 'site'];
  const cleared: string[] = [];
  plan.set(['schoolYear'], input.toYear);
  if (plan.has(['version'])) plan.set(['version'], `${input.toYear}.0-draft`);
  for (const key of YEARLY) {
    if (!plan.has([key])) continue;
    const n = count(plan.get([key]));
    cleared.push(n ? `${key} (${n})` : key);
    plan.delete([key]);
  }
  const drills = count(plan.get(['drills']));
  if (drills) cleared.push(`drills (${plural(drills, 'record')})`);
  plan.set(['drills'], []);
  if (input.members) plan.set(['committee', 'members'], input.members);
  kept.push(`committee (${plural(count(plan.get(['committee', 'members'])), 'member')}${input.members ? ', as given' : ', to review'})`);
  if (input.meeting) plan.set(['publicMeeting'], input.meeting, { after: 'committee' });
  // The yearly review of the disability adaptations (SB 323) is this year's to do again.
  if (plan.has(['sections', 'disabilityAdaptations', 'reviewed'])) {
    plan.delete(['sections', 'disabilityAdaptations', 'reviewed']);
    cleared.push('disabilityAdaptations.reviewed');
  }
  const added: string[] = [];
  for (const key of input.lawSections ?? []) {
    if (plan.has(['sections', key])) continue;
    plan.set(['sections', key], { visibility: 'public', status: 'not-written' });
    added.push(key);
  }
  const sections = plan.get(['sections']);
  kept.push(`sections (${Object.keys(sections && typeof sections === 'object' ? sections : {}).length})`, 'responder packet');
  const maps = (plan.get(['responder', 'maps']) as { file?: unknown }[] | undefined ?? []).map((m) => m?.file).filter((f): f is string => typeof f === 'string');
  const staleComments = plan.text.split('\n').flatMap((line, i) => (/^\s*#/.test(line) && i > 0 && line.includes(input.fromYear) ? [i + 1] : []));
  return { text: plan.text, kept, cleared, added, maps, staleComments };
}
