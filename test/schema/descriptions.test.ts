// Editors show a field's description on hover; every field a school administrator can write needs one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Node = Record<string, unknown>;
const load = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')) as Node;

/** Paths of properties that have neither a description nor a $ref to a described definition. */
function undescribed(schema: Node): string[] {
  const defs = (schema.$defs ?? {}) as Record<string, Node>;
  const described = (node: Node): boolean => {
    if (typeof node.description === 'string' && node.description.length > 3) return true;
    const ref = typeof node.$ref === 'string' ? /^#\/\$defs\/(\w+)$/.exec(node.$ref)?.[1] : undefined;
    return ref !== undefined && typeof defs[ref]?.description === 'string';
  };
  const missing: string[] = [];
  const walk = (node: Node, at: string) => {
    for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
      if (!described(child)) missing.push(`${at}.${key}`);
      walk(child, `${at}.${key}`);
      if (child.items) walk(child.items as Node, `${at}.${key}[]`);
    }
  };
  walk(schema, '(root)');
  for (const [name, def] of Object.entries(defs)) walk(def, `$defs.${name}`);
  return missing;
}

describe('schemas', () => {
  it.each(['plan.schema.json', 'config.schema.json'])('%s: every property has a description', (name) => {
    const schema = load(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(undescribed(schema)).toEqual([]);
  });
});
