// Turns ajv's errors into one plain-English diagnostic per place in the file.
import type { ErrorObject } from 'ajv';
import { formatPath, fromPointer, type PathSegment } from '../plan/paths.js';
import { branchTypes, pickBranches } from './schema-branches.js';
import { suggest } from '../util/suggest.js';

export interface SchemaFinding {
  path: PathSegment[];
  /** Point at the key rather than its value (unknown keys). */
  onKey: boolean;
  message: string;
  hint?: string;
}

type AnySchema = { description?: string; properties?: Record<string, AnySchema>; enum?: unknown[]; const?: unknown; if?: AnySchema };

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a block of fields (key: value)',
  null: 'empty',
};

function show(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a block of fields';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `\`${text.length > 40 ? `${text.slice(0, 37)}...` : text}\``;
}

/** A scalar as it would be written in YAML, for example forms in hints. */
const yamlScalar = (v: unknown) => (typeof v === 'string' && /^[\w .-]*$/.test(v) ? v : JSON.stringify(v));

/**
 * A field required only under a condition (if/then), e.g. `reason` when `severity` is `off`: the
 * condition in words, the field's description, and the block written the way it is accepted.
 */
function conditionalRequired(e: ErrorObject, all: readonly ErrorObject[], missing: string): { when: string; hint: string } | undefined {
  if (!e.schemaPath.endsWith('/then/required')) return undefined;
  const ifPath = `${e.schemaPath.slice(0, -'/then/required'.length)}/if`;
  const owner = all.find((o) => o.keyword === 'if' && o.schemaPath === ifPath && o.instancePath === e.instancePath)?.parentSchema as AnySchema | undefined;
  const conditions = Object.entries(owner?.if?.properties ?? {}).filter(([, s]) => 'const' in s);
  if (!owner || conditions.length === 0) return undefined;
  const when = conditions.map(([key, s]) => `\`${key}\` is \`${yamlScalar(s.const)}\``).join(' and ');
  const lines = [owner.properties?.[missing]?.description ?? ''];
  const key = fromPointer(e.instancePath).at(-1);
  const data = e.data as Record<string, unknown> | undefined;
  if (typeof key === 'string' && data && typeof data === 'object' && Object.values(data).every((v) => v === null || typeof v !== 'object')) {
    const fields = [...Object.entries(data).map(([k, v]) => `${k}: ${yamlScalar(v)}`), `${missing}: "…"`];
    lines.push(`Write it like this: ${key}: { ${fields.join(', ')} }`);
  }
  return { when, hint: lines.filter(Boolean).join('\n') };
}

const isEmptyCollection = (v: unknown) => v !== null && typeof v === 'object' && Object.keys(v).length === 0;

/**
 * `members: []` followed by `name: …` at the same indent: the field meant for the list's first entry
 * lands in the parent. Say so, and show the entry written the way it is accepted.
 */
function emptyCollectionAbove(extra: string, data: unknown, known: readonly string[]): string | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const entries = Object.entries(data as Record<string, unknown>);
  const at = entries.findIndex(([k]) => k === extra);
  let above = at - 1;
  while (above >= 0 && !known.includes(entries[above]?.[0] ?? '')) above--;
  const found = entries[above];
  if (!found || !isEmptyCollection(found[1])) return undefined;
  const [key, value] = found;
  const isList = Array.isArray(value);
  const fields = entries.slice(above + 1).filter(([k]) => !known.includes(k)).slice(0, 3);
  const field = ([k, v]: [string, unknown], i: number) => {
    const lead = isList ? (i === 0 ? '- ' : '  ') : '';
    return `    ${lead}${k}: ${v !== null && typeof v === 'object' ? '…' : yamlScalar(v)}`;
  };
  const example = [`  ${key}:`, ...fields.map(field)].join('\n');
  return isList
    ? `\`${key}\` above is written as an empty list (\`[]\`), so \`${extra}\` is read as a field of the block around it. Remove \`[]\`, and start each entry with "- ", indented under \`${key}:\` (the entry's other fields line up under its first):\n${example}`
    : `\`${key}\` above is written as an empty block (\`{}\`), so \`${extra}\` is read as a field of the block around it. Remove \`{}\`, and indent its fields two spaces under \`${key}:\`:\n${example}`;
}

function rewrite(e: ErrorObject, all: readonly ErrorObject[]): SchemaFinding {
  const path = fromPointer(e.instancePath);
  const where = `\`${formatPath(path)}\``;
  const parent = (e.parentSchema ?? {}) as AnySchema;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const full = formatPath([...path, missing]);
      const hint = parent.properties?.[missing]?.description;
      const conditional = conditionalRequired(e, all, missing);
      if (conditional) {
        return { path, onKey: false, message: `Missing field \`${missing}\` in ${where}: it is required when ${conditional.when}.`, hint: conditional.hint };
      }
      const within = path.length ? ` in ${where} (\`${full}\`)` : '';
      return { path, onKey: false, message: `Missing required field \`${missing}\`${within}.`, hint };
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const known = Object.keys(parent.properties ?? {});
      const guess = suggest(extra, known);
      const place = path.length ? `in ${where}` : 'at the top level';
      return {
        path: [...path, extra],
        onKey: true,
        message: `Unknown field \`${extra}\` ${place}${guess ? `; did you mean \`${guess}\`?` : '.'}`,
        hint: (guess ? undefined : emptyCollectionAbove(extra, e.data, known)) ?? `Allowed here: ${known.join(', ')}.`,
      };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const guess = typeof e.data === 'string' ? suggest(e.data, allowed) : undefined;
      return {
        path,
        onKey: false,
        message: `${where} must be one of ${allowed.join(', ')} — got ${show(e.data)}${guess ? `; did you mean \`${guess}\`?` : '.'}`,
        hint: parent.description,
      };
    }
    case 'const':
      return { path, onKey: false, message: `${where} must be ${show(p.allowedValue)} — got ${show(e.data)}.`, hint: parent.description };
    case 'type': {
      // YAML reads digits alone (a ZIP code, a CDS code, a phone extension) as a number: the fix is quotes.
      const quote = p.type === 'string' && (typeof e.data === 'number' || typeof e.data === 'boolean');
      const key = path.length ? String(path[path.length - 1]) : 'value';
      const hint = quote ? `Write it in quotes, ${key}: "${String(e.data)}": YAML reads it as a ${typeof e.data} otherwise.${parent.description ? ` ${parent.description}` : ''}` : parent.description;
      return { path, onKey: false, message: `${where} must be ${TYPE_WORDS[String(p.type)] ?? String(p.type)} — got ${show(e.data)}.`, hint };
    }
    case 'format':
      return { path, onKey: false, message: `${where} must be a real date written YYYY-MM-DD — got ${show(e.data)}.`, hint: parent.description };
    case 'pattern':
      return { path, onKey: false, message: `${where} is not in the expected form — got ${show(e.data)}.`, hint: parent.description };
    case 'minLength':
      return { path, onKey: false, message: `${where} must not be empty.`, hint: parent.description };
    case 'minimum':
    case 'exclusiveMinimum':
      return { path, onKey: false, message: `${where} must be ${e.keyword === 'minimum' ? 'at least' : 'more than'} ${String(p.limit)} — got ${show(e.data)}.`, hint: parent.description };
    case 'minItems':
    case 'maxItems':
      return { path, onKey: false, message: `${where} must have ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${String(p.limit)} entries — it has ${(e.data as unknown[]).length}.`, hint: parent.description };
    case 'oneOf':
    case 'anyOf': {
      // Kept only when no branch takes a value of this type (pickBranches); say which types do.
      const types = branchTypes(e).map((t) => TYPE_WORDS[t] ?? t);
      const expected = types.length ? `must be ${types.join(' or ')}` : 'is not in any of the accepted forms';
      return { path, onKey: false, message: `${where} ${expected} — got ${show(e.data)}.`, hint: parent.description };
    }
    default:
      return { path, onKey: false, message: `${where} ${e.message ?? 'is not valid'}.`, hint: parent.description };
  }
}

/** One finding per place: the most specific error, from the branch of a oneOf the data was written for. */
export function reduceSchemaErrors(errors: readonly ErrorObject[]): SchemaFinding[] {
  // `if` errors only say that a `then` failed; the `then` errors say what is missing.
  const kept = pickBranches(errors).filter((e) => e.keyword !== 'if');
  const seen = new Set<string>();
  const out: SchemaFinding[] = [];
  for (const e of kept) {
    const finding = rewrite(e, errors);
    const key = `${formatPath(finding.path)}|${e.keyword === 'required' ? finding.message : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}
