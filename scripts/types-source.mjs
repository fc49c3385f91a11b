import { compile } from 'json-schema-to-typescript';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const schemaDir = fileURLToPath(new URL('../schemas/', import.meta.url));
const banner = '// Generated from schemas/*.schema.json by `npm run gen`. Do not edit by hand.';

export async function generateTypes() {
  const parts = [banner];
  for (const [file, name] of [['plan.schema.json', 'Plan'], ['config.schema.json', 'DistrictConfig']]) {
    const schema = withoutRefSiblings(JSON.parse(readFileSync(schemaDir + file, 'utf8')));
    schema.title = name;
    const ts = await compile(schema, name, { bannerComment: '', cwd: schemaDir, additionalProperties: false, format: false, unreachableDefinitions: false, declareExternallyReferenced: true });
    parts.push(ts);
  }
  // The config schema references plan $defs, so both files declare them; keep the first.
  const seen = new Set();
  const text = parts.join('\n').split(/\n(?=export )/).filter((chunk) => {
    const m = /^export (?:interface|type) (\w+)/.exec(chunk);
    if (!m) return true;
    if (seen.has(m[1])) return false;
    seen.add(m[1]);
    return true;
  });
  return text.join('\n') + '\n';
}

// A description beside a $ref makes json-schema-to-typescript emit a numbered copy of the type
// (Section1, Section2, ...). Editors need those descriptions; the types do not.
function withoutRefSiblings(node) {
  if (Array.isArray(node)) return node.map(withoutRefSiblings);
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') return { $ref: node.$ref };
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withoutRefSiblings(v)]));
}
