// Opening a district: where the root is found, and what a missing one says.
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { openDistrictFrom } from '../../src/district/open.js';
import { ConfigError } from '../../src/errors.js';
import { testConfig } from '../helpers/config.js';
import { testdir } from '../helpers/testdir.js';

describe('openDistrictFrom', () => {
  it('takes --root relative to the current folder, else finds the folder of cssp.config.yaml above it', () => {
    const root = testdir({ 'cssp.config.yaml': stringify(testConfig), 'plans/2026-27/alpha.yaml': 'x' });
    expect(openDistrictFrom('..', join(root, 'plans'), 'fix').root).toBe(root);
    expect(openDistrictFrom(undefined, join(root, 'plans/2026-27'), 'fix').root).toBe(root);
  });

  it('says where it looked and how to fix it when there is none', () => {
    const cwd = testdir({ 'notes.txt': 'x' });
    let error: unknown;
    try {
      openDistrictFrom(undefined, cwd, 'Run cssp new inside your district folder.');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(`No cssp.config.yaml found in ${cwd} or any folder above it.`);
    expect((error as ConfigError).hint).toBe('Run cssp new inside your district folder.');
  });
});
