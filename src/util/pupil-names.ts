// Does a note name a pupil next to a health or disability detail ("Maria G. in room 12 uses a
// wheelchair", "Jayden (diabetic)")? A heuristic, kept narrow so rooms, counts and equipment pass
// ("2 pupils in room 14 use wheelchairs; evac chair at stairwell B"): within one sentence, a
// health word and a capitalised word that is not a place, a title, a month or a common word.

const HEALTH = /\b(wheel ?chairs?|walkers?|crutch(?:es)?|canes?|blind|deaf|hard of hearing|hearing[- ]impaired|visually[- ]impaired|low vision|diabet(?:es|ic)|insulin|epilep(?:sy|tic)|seizures?|asthma(?:tic)?|inhalers?|allerg(?:y|ies|ic)|anaphyla\w*|epi-?pens?|autis(?:m|tic)|cerebral palsy|down syndrome|spina bifida|muscular dystrophy|oxygen|g-tube|feeding tube|non-?verbal|ADHD|IEP|504 plan|disabilit(?:y|ies)|disabled|medical|medications?|mobility|impair(?:ed|ment)|hemophilia|heart condition|pregnan(?:t|cy)|cast|injur(?:y|ed))\b/i;

// Capitalised words that are not names of pupils: places, titles, calendar words, common words
// that start a sentence, and words of this domain.
const NOT_NAMES = new Set(`
room rooms rm building buildings bldg floor floors wing hall halls stairwell stairwells stair stairs
gate gates door doors exit exits portable portables elevator elevators ramp ramps library office
gym gymnasium cafeteria field lab labs north south east west upper lower main front back campus
area yard blacktop court courtyard lot mpr auditorium theater annex suite ground second third
grade grades kindergarten transitional preschool class classes classroom classrooms pupil pupils
student students staff teacher teachers aide aides para paras paraeducator paraeducators nurse
nurses principal counselor custodian custodians coach officer officers mr mrs ms miss dr capt lt
sgt special day sdc education program individual emergency evacuation evac plan plans chair chairs
wheelchair wheelchairs lift van bus buses health care team teams district school schools site
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday morning afternoon lunch recess
the a an one two three four five six seven eight nine ten all each every both some any no none
most many several few other others another this that these those there here it its they their
he she his her we our you your in on at for with by from to into near next beside behind above
below during after before when while if as and or but also only then see use uses used using
upstairs downstairs inside outside indoors outdoors usually normally always daily
uses needs need needed requires require help helps helped assisted assist carried carry moved
evacuates evacuated evacuate stays stay kept keep stored store located location locations
`.split(/\s+/).filter(Boolean));

/** Titles of staff: the name after one is staff, not a pupil. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'nurse', 'coach', 'officer', 'principal', 'teacher', 'aide', 'counselor', 'custodian', 'capt', 'lt', 'sgt']);
/** Place words: the capitalised word before or after one is a place name ("Cedar Hall"). */
const PLACES = new Set(['room', 'rm', 'building', 'bldg', 'hall', 'wing', 'gate', 'portable', 'stairwell', 'floor', 'field', 'lot', 'door', 'exit', 'library', 'office', 'gym', 'court', 'annex']);

// A sentence ends at . ! ? ; or a line break, but not after an initial ("Maria G. in room 12").
const SENTENCE_END = /(?<![\s(][A-Z]|\b(?:Dr|Mr|Mrs|Ms|St|Rm|No|Bldg))[.!?;]\s+|\n+/;
const WORD = /[A-Za-z][A-Za-z'’-]*\.?/g;

export interface PupilMention {
  /** The name as written, with a following initial ("Maria G."). */
  name: string;
  /** The health or disability word it sits next to. */
  detail: string;
}

const bare = (word: string) => word.replace(/['’]s$/, '').replace(/\.$/, '').toLowerCase();
const isNameLike = (word: string) => /^[A-Z][a-z]+(?:['’-][A-Za-z]+)*(?:['’]s)?\.?$/.test(word) && !NOT_NAMES.has(bare(word));

function isPupilName(words: readonly string[], i: number, known: ReadonlySet<string>): boolean {
  const word = words[i]!;
  if (!isNameLike(word) || known.has(bare(word))) return false;
  const before = i > 0 ? bare(words[i - 1]!) : undefined;
  const after = i + 1 < words.length ? bare(words[i + 1]!) : undefined;
  if (before && (TITLES.has(before) || PLACES.has(before) || known.has(before))) return false;
  // Next to a place word or a known name it is part of a name of a place or an office ("Cedar Hall",
  // "Harbor Vista Transportation").
  return !(after && (PLACES.has(after) || known.has(after)));
}

/** The name as written: with a following initial or surname ("Maria G.", "Liam Chen"), without a possessive. */
function fullName(words: readonly string[], i: number): string {
  const clean = (w: string) => w.replace(/['’]s$/, '').replace(/\.$/, '');
  const next = words[i + 1];
  if (next && /^[A-Z]\.$/.test(next)) return `${clean(words[i]!)} ${next}`;
  if (next && isNameLike(next) && !words[i]!.endsWith('.')) return `${clean(words[i]!)} ${clean(next)}`;
  return clean(words[i]!);
}

/** Each sentence of the note that seems to name a pupil next to a health word; `known` words are never names (the school's own name, its city). */
export function pupilMentions(note: string, known: ReadonlySet<string> = new Set()): PupilMention[] {
  const out: PupilMention[] = [];
  for (const sentence of note.split(SENTENCE_END)) {
    const detail = HEALTH.exec(sentence)?.[0];
    if (!detail) continue;
    const words = [...sentence.matchAll(WORD)].map((m) => m[0]);
    const candidates = words.map((_, i) => i).filter((i) => isPupilName(words, i, known));
    // A sentence's first word is capitalised anyway: unless it looks like a name (a surname or an
    // initial follows, or it is possessive), prefer a name further in ("Upstairs: Ana ...").
    const first = candidates[0];
    const firstIsName = first === 0 && (candidates.includes(1) || /^[A-Z]\.$/.test(words[1] ?? '') || /['’]s$/.test(words[0]!));
    const name = firstIsName ? 0 : (candidates.find((i) => i > 0) ?? first);
    if (name === undefined) continue;
    out.push({ name: fullName(words, name), detail });
  }
  return out;
}
