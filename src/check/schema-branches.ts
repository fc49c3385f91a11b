// ajv reports every branch of a failed oneOf/anyOf: for `{ severity: off }` it says the value is
// not text (branch 1) and lacks `reason` (branch 2). Only the branch the author was writing is
// useful, so we keep that branch's errors and drop the rest.
import type { ErrorObject } from 'ajv';

const isAlternative = (e: ErrorObject) => e.keyword === 'oneOf' || e.keyword === 'anyOf';

/** The branch index of an error under alternative `at` (a schemaPath), or undefined when not under it. */
function branchOf(e: ErrorObject, at: string): number | undefined {
  if (!e.schemaPath.startsWith(`${at}/`)) return undefined;
  return Number(e.schemaPath.slice(at.length + 1).split('/')[0]);
}

/** A branch whose own `type` fails is a different kind of value altogether: the author wasn't writing it. */
function typeMismatch(errors: readonly ErrorObject[], alt: ErrorObject, branch: number): boolean {
  return errors.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath && e.schemaPath === `${alt.schemaPath}/${branch}/type`);
}

/**
 * For each failed oneOf/anyOf, the errors of the branch the data came closest to: the branch of the
 * same type with the fewest errors (the first on a tie). When no branch has the value's type, the
 * oneOf/anyOf error itself stays, to be reported as "must be X or Y".
 */
export function pickBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  // Outermost first, so a nested alternative inside a dropped branch is dropped with it.
  const alternatives = errors.filter(isAlternative).sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const alt of alternatives) {
    // A oneOf that failed because several branches matched has no branch to prefer.
    if (dropped.has(alt) || Array.isArray((alt.params as { passingSchemas?: unknown }).passingSchemas)) continue;
    const byBranch = new Map<number, ErrorObject[]>();
    for (const e of errors) {
      const branch = branchOf(e, alt.schemaPath);
      // Under additionalProperties every entry shares one schemaPath: match the place in the data too.
      const inside = e.instancePath === alt.instancePath || e.instancePath.startsWith(`${alt.instancePath}/`);
      if (branch !== undefined && inside) byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    const candidates = [...byBranch].filter(([branch]) => !typeMismatch(errors, alt, branch));
    const score = (es: ErrorObject[]) => es.filter((e) => e.keyword !== 'if').length;
    const best = candidates.sort(([a, ea], [b, eb]) => score(ea) - score(eb) || a - b)[0];
    for (const [branch, es] of byBranch) if (branch !== best?.[0]) es.forEach((e) => dropped.add(e));
    if (best) dropped.add(alt);
  }
  return errors.filter((e) => !dropped.has(e));
}

/** The types the branches of a oneOf/anyOf accept, in order (from its own schema). */
export function branchTypes(alt: ErrorObject): string[] {
  const branches = ((alt.parentSchema ?? {}) as Record<string, unknown>)[alt.keyword];
  if (!Array.isArray(branches)) return [];
  return [...new Set(branches.map((b) => (b as { type?: unknown }).type).filter((t): t is string => typeof t === 'string'))];
}
