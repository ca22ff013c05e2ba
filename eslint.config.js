// Lint: typescript-eslint's recommended rules everywhere, and purity rules for the engine and
// content, which must run identically in Node and every browser.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const impureGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'performance', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'fetch', 'crypto', 'Date'].map(
  (name) => ({ name, message: `src/engine and src/content are pure: no ${name} (pass what you need in from the session).` }),
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-output/', 'bench-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/content/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'phaser', message: 'src/engine and src/content are pure: no Phaser.' }],
          patterns: [
            { group: ['phaser/*', '**/scenes/**', '**/ui/**', '**/session/**', '**/cli/**', 'node:*', 'fs', 'path'], message: 'src/engine and src/content are pure: no Phaser, DOM, storage, Node or outer layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'src/engine and src/content are pure: draw from a seeded stream (src/engine/rng.ts).' },
        { object: 'Date', property: 'now', message: 'src/engine and src/content are pure: no clock.' },
        { object: 'globalThis', message: 'src/engine and src/content are pure: no globals.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'src/engine and src/content are pure: no clock.' }],
    },
  },
);
