// Turns ajv's errors into one plain-English diagnostic per place in the file.
import type { ErrorObject } from 'ajv';
import { formatPath, fromPointer, type PathSegment } from '../plan/paths.js';
import { suggest } from './suggest.js';

export interface SchemaFinding {
  path: PathSegment[];
  /** Point at the key rather than its value (unknown keys). */
  onKey: boolean;
  message: string;
  hint?: string;
}

type AnySchema = { description?: string; properties?: Record<string, AnySchema>; enum?: unknown[] };

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

function rewrite(e: ErrorObject): SchemaFinding {
  const path = fromPointer(e.instancePath);
  const where = `\`${formatPath(path)}\``;
  const parent = (e.parentSchema ?? {}) as AnySchema;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const full = formatPath([...path, missing]);
      const hint = parent.properties?.[missing]?.description;
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
        hint: `Allowed here: ${known.join(', ')}.`,
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
    case 'type':
      return { path, onKey: false, message: `${where} must be ${TYPE_WORDS[String(p.type)] ?? String(p.type)} — got ${show(e.data)}.`, hint: parent.description };
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
    case 'anyOf':
      return { path, onKey: false, message: `${where} is not in any of the accepted forms — got ${show(e.data)}.`, hint: parent.description };
    default:
      return { path, onKey: false, message: `${where} ${e.message ?? 'is not valid'}.`, hint: parent.description };
  }
}

/** One finding per place: the most specific error, with oneOf/if noise removed. */
export function reduceSchemaErrors(errors: readonly ErrorObject[]): SchemaFinding[] {
  const branchParents = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath);
  const kept = errors.filter((e) => {
    if (e.keyword === 'if') return false;
    // Inside a oneOf, errors at the oneOf's own place only say which branch failed; the oneOf error says it better.
    if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && branchParents.includes(e.instancePath) && /\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath)) return false;
    return true;
  });
  // A oneOf whose branch produced deeper errors is explained by them.
  const specific = kept.filter((e) => !((e.keyword === 'oneOf' || e.keyword === 'anyOf') && kept.some((o) => o !== e && o.instancePath.startsWith(`${e.instancePath}/`))));
  const seen = new Set<string>();
  const out: SchemaFinding[] = [];
  for (const e of specific) {
    const finding = rewrite(e);
    const key = `${formatPath(finding.path)}|${e.keyword === 'required' ? finding.message : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}
