// The schema line of a new plan points at a file that exists from the plan's folder.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaModeline } from '../../src/new/modeline.js';
import { packageName } from '../../src/version.js';
import { testdir } from '../helpers/testdir.js';

describe('schemaModeline', () => {
  it('is published under a scope: the unscoped name cssp is an unrelated CSS parser', () => {
    expect(packageName()).toBe('@cssp-ca/cssp');
  });

  it("points at the district's installed copy under node_modules/<scope>/<name>/ when there is one", () => {
    const root = testdir({ 'node_modules/@cssp-ca/cssp/schemas/plan.schema.json': '{}' });
    expect(schemaModeline(join(root, 'plans', '2027-28'), root)).toBe('# yaml-language-server: $schema=../../node_modules/@cssp-ca/cssp/schemas/plan.schema.json');
  });

  it('otherwise points at the schema of the cssp that is running', () => {
    const root = testdir({});
    expect(schemaModeline(join(root, 'plans', '2027-28'), root)).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+.*schemas\/plan\.schema\.json$/);
  });
});
