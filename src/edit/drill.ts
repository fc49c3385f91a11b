// "Add a drill" in the form: the same answers, checks and log entry as `cssp drill add`
// (plan/drill-answers.ts), so a drill typed in the browser is the drill the terminal would log.
import { armedAssailantTypes, type DrillType } from '../plan/drills.js';
import { drillAnswerProblems, drillRecord, validateOptionalDate, type DrillAnswers } from '../plan/drill-answers.js';
import type { DistrictConfig, Drill } from '../plan/types.generated.js';

const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export function drillFromForm(raw: Record<string, unknown>, config: DistrictConfig, today: string, year: string): { drill: Drill } | { problems: Record<string, string> } {
  const answers: DrillAnswers = {
    type: text(raw.type) as DrillType, date: text(raw.date), time: text(raw.time), duration: text(raw.duration), evacuation: text(raw.evacuation),
    participants: text(raw.participants), conductedBy: text(raw.conductedBy), observers: text(raw.observers).split(';'), notes: text(raw.notes),
  };
  const problems: Record<string, string> = { ...drillAnswerProblems(answers, today, config, year) };
  const armed = armedAssailantTypes(config).includes(answers.type);
  for (const key of ['parentNoticeBefore', 'parentNoticeAfter']) {
    const checked = validateOptionalDate(text(raw[key]));
    if (armed && checked !== true) problems[key] = checked;
  }
  if (Object.keys(problems).length) return { problems };
  const drill = drillRecord(answers);
  if (armed) {
    const before = text(raw.parentNoticeBefore).trim();
    const after = text(raw.parentNoticeAfter).trim();
    drill.armedAssailant = {
      ...(before ? { parentNoticeBefore: before } : {}),
      ...(after ? { parentNoticeAfter: after } : {}),
      startAnnouncement: raw.startAnnouncement === true,
      ageAppropriate: raw.ageAppropriate === true,
      supportResources: raw.supportResources === true,
      simulatedGunfire: raw.simulatedGunfire === true,
    };
  }
  return { drill };
}
