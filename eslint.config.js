// ESLint 9 flat config: typescript-eslint's recommended rules with type information, for the
// sources, tests and scripts. Run with `npm run lint` (CI runs it in .ci/run and .github/workflows/ci.yml).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layeringConfigs } from './eslint.layers.js';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      // Generated at build time from schemas/ (scripts/gen-validators.mjs), never edited.
      'src/check/generated/',
      // Deliberately wrong code that test/architecture/layering.test.ts lints.
      'test/fixtures/layering/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Plain JavaScript (bin/, scripts/*.mjs, this file) is not in a tsconfig: lint without types.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    // The editor's page (cssp edit) runs in the browser.
    files: ['assets/editor/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  // The layering (eslint.layers.js) and no import cycles, in src/.
  ...layeringConfigs(import.meta.dirname),
);
