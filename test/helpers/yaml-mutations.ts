// Seeded mutations of plan text for the fast-path differential test: the edits a person (or a
// broken tool) makes to a plan, and the YAML features plans do not use, each as a named change.
export type Random = () => number;

/** mulberry32: a small seeded generator, so a failing case can be made again from its seed. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const lineOf = (rnd: Random, lines: string[]) => Math.floor(rnd() * lines.length);
const KEY_VALUE = /^(\s*(?:- )?)([^\s#:'"][^:#]*?):[ ]+(\S.*)$/;

/** Plain scalars on which YAML schemas disagree (js-yaml's CORE_SCHEMA differs on several). */
const TRICKY = ['0b1', '+0x6', '-.5', '1e999', '-0', '0o17', '0x1F', '~', 'NULL', 'Null', '.NaN', '-.inf', '+12', '1_000',
  '2026-11-23', 'yes', 'No', 'on', '12:30', '1.', '.5e3', '0.0', '007', 'True', 'tRUE', '"', "'", '@x', '`x', '%x',
  'a: b', 'a #b', 'a#b', '- x', '[x', '{x', 'x]', '! x', '& x', '* x', '| x', '> x', '? x', 'é 😀 中文'];

type Mutation = (lines: string[], rnd: Random) => void;

const onValue = (f: (indent: string, key: string, value: string, rnd: Random) => string | string[]): Mutation => (lines, rnd) => {
  for (let tries = 0; tries < 20; tries++) {
    const i = lineOf(rnd, lines);
    const m = KEY_VALUE.exec(lines[i]!);
    if (!m) continue;
    const out = f(m[1]!, m[2]!, m[3]!, rnd);
    lines.splice(i, 1, ...(Array.isArray(out) ? out : [out]));
    return;
  }
};

const MUTATIONS: Record<string, Mutation> = {
  indent: (lines, rnd) => {
    const i = lineOf(rnd, lines);
    const by = pick(rnd, [-2, -1, 1, 2]);
    lines[i] = by > 0 ? ' '.repeat(by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-by}}`), '');
  },
  tab: (lines, rnd) => {
    const i = lineOf(rnd, lines);
    lines[i] = rnd() < 0.5 ? lines[i]!.replace(/^ /, '\t') : lines[i]!.replace(': ', ':\t');
  },
  // An old Mac line end: a carriage return alone between two lines.
  carriageReturn: (lines, rnd) => {
    const i = lineOf(rnd, lines);
    if (i + 1 < lines.length) lines.splice(i, 2, `${lines[i]}\r${lines[i + 1]}`);
  },
  quote: onValue((ind, k, v, rnd) => `${ind}${k}: ${pick(rnd, ['"', "'"])}${v}${pick(rnd, ['"', "'", ''])}`),
  unquote: onValue((ind, k, v) => `${ind}${k}: ${v.replace(/^["']|["']$/g, '')}`),
  anchor: onValue((ind, k, v, rnd) => `${ind}${k}: ${pick(rnd, ['&a ', '&a &b ', '!!str ', '!x ', '!!int ', '!!binary '])}${v}`),
  alias: onValue((ind, k, _v, rnd) => `${ind}${k}: ${pick(rnd, ['*a', '*b', '*a # c'])}`),
  flowSeq: onValue((ind, k, v, rnd) => pick(rnd, [`${ind}${k}: [${v}, x]`, `${ind}${k}: [${v},\n${ind}  x]`, `${ind}${k}: []`, `${ind}${k}: [ ${v} , ]`, `${ind}${k}: [a: ${v}]`, `${ind}${k}: [[${v}], {p: q}]`])),
  flowMap: onValue((ind, k, v, rnd) => pick(rnd, [`${ind}${k}: {a: ${v}}`, `${ind}${k}: {a: ${v},\n${ind} b: c}`, `${ind}${k}: {}`, `${ind}${k}: {a, b: }`, `${ind}${k}: {"a":${v}}`])),
  comment: (lines, rnd) => {
    const i = lineOf(rnd, lines);
    if (rnd() < 0.5) lines[i] += pick(rnd, [' # note', '#stuck', '  #', ' # "quoted" [x]']);
    else lines.splice(i, 0, `${' '.repeat(Math.floor(rnd() * 6))}# a comment`);
  },
  explicitKey: onValue((ind, k, v) => [`${ind}? ${k}`, `${ind}: ${v}`]),
  oddKey: onValue((ind, k, v, rnd) => pick(rnd, [`${ind}: ${v}`, `${ind}~: ${v}`, `${ind}null: ${v}`, `${ind}1: ${v}`, `${ind}true: ${v}`, `${ind}0x10: ${v}`,
    `${ind}"${k}": ${v}`, `${ind}'${k}' : ${v}`, `${ind}[${k}]: ${v}`, `${ind}{${k}: 1}: ${v}`, `${ind}${'k'.repeat(1100)}: ${v}`, `${ind}<<: ${v}`,
    `${ind}__proto__: ${v}`, `${ind}"a: b": ${v}`, `${ind}${k}\n${ind}  more: ${v}`, `${ind}-0: ${v}`, `${ind}"": ${v}`])),
  duplicateKey: (lines, rnd) => {
    const i = lineOf(rnd, lines);
    if (KEY_VALUE.test(lines[i]!)) lines.splice(i, 0, lines[i]!.replace(/^(\s*)- /, '$1  '));
  },
  documentMarker: (lines, rnd) => {
    const marker = pick(rnd, ['---', '...', '--- x', '--- # c', '%YAML 1.2\n---', '--- |\n  x', '---\n---']);
    if (rnd() < 0.5) lines.unshift(marker);
    else lines.splice(lineOf(rnd, lines), 0, marker);
  },
  multiLineQuoted: onValue((ind, k, v, rnd) => `${ind}${k}: "${v.replace(/"/g, '')}\n${ind}${pick(rnd, ['', ' ', '   '])}second line"`),
  multiLinePlain: onValue((ind, k, v, rnd) => `${ind}${k}: ${v}\n${ind}${pick(rnd, ['', ' ', '  ', '    '])}continued ${pick(rnd, ['text', '# c', '- x', 'a: b'])}`),
  blockScalar: onValue((ind, k, v, rnd) => {
    const header = pick(rnd, ['|', '|-', '|+', '>', '>-', '|2', '>1', '| # c', '|-2']);
    const body = pick(rnd, [[`${ind}  ${v}`], ['', `${ind}  ${v}`], [`${ind}    ${v}`, `${ind}  less`], [], [`${ind}  ${v}`, '', `${ind}  # not a comment`], [`${ind}  ${v}`, `${ind}# a comment`]]);
    return [`${ind}${k}: ${header}`, ...body];
  }),
  tricky: onValue((ind, k, _v, rnd) => `${ind}${k}: ${pick(rnd, TRICKY)}`),
  emptyItem: (lines, rnd) => {
    const i = lineOf(rnd, lines);
    const m = /^(\s*)- /.exec(lines[i]!);
    if (m) lines.splice(i, 0, `${m[1]}-`, `${m[1]}- # c`);
  },
  insertChar: (lines, rnd) => {
    const i = lineOf(rnd, lines);
    const at = Math.floor(rnd() * (lines[i]!.length + 1));
    lines[i] = lines[i]!.slice(0, at) + pick(rnd, [...':-#\'"[]{},&*!|>?%@` \\']) + lines[i]!.slice(at);
  },
  deleteChar: (lines, rnd) => {
    const i = lineOf(rnd, lines);
    const at = Math.floor(rnd() * lines[i]!.length);
    lines[i] = lines[i]!.slice(0, at) + lines[i]!.slice(at + 1);
  },
  trailingSpaces: (lines, rnd) => {
    lines[lineOf(rnd, lines)] += pick(rnd, [' ', '   ', ' \u00a0']);
  },
  unicode: onValue((ind, k, v, rnd) => `${ind}${k}: ${v}${pick(rnd, [' 😀', ' é', ' 中文', '\u2028x', '\u00a0x', '\ufeff'])}`),
  blankLines: (lines, rnd) => {
    lines.splice(lineOf(rnd, lines), 0, pick(rnd, ['', '  ', '    ']));
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** One to three named mutations of `text`; CRLF line ends one time in eight. */
export function mutate(text: string, rnd: Random): { text: string; applied: string[] } {
  const lines = text.split('\n');
  const applied: string[] = [];
  for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
    const name = pick(rnd, MUTATION_NAMES);
    MUTATIONS[name]!(lines, rnd);
    applied.push(name);
  }
  let out = lines.join('\n');
  if (rnd() < 0.125) {
    out = out.replace(/\r?\n/g, '\r\n');
    applied.push('crlf');
  }
  return { text: out, applied };
}

/** Consecutive top-level blocks of a plan (one to four), so most mutants are small and still plan-shaped. */
export function excerpt(text: string, rnd: Random): string {
  const lines = text.split('\n');
  const starts = lines.flatMap((line, i) => (/^[A-Za-z_]/.test(line) ? [i] : []));
  if (starts.length === 0) return text;
  const first = Math.floor(rnd() * starts.length);
  const last = Math.min(starts.length, first + 1 + Math.floor(rnd() * 4));
  return lines.slice(starts[first], starts[last] ?? lines.length).join('\n') + '\n';
}
