// Tests that start processes (cssp itself, git, Chromium) run on loaded 2-core CI machines: they get
// time for that, and no test asserts on wall-clock time (speed is measured in bench/, not here).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
