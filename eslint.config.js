import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import gantry from './eslint/layers.js';

export default tseslint.config(
  { ignores: ['dist', 'public/mockServiceWorker.js', 'playwright-report', 'test-results', 'screens', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, gantry },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'gantry/layers': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'Focused tests are not allowed.' },
        { selector: "CallExpression[callee.property.name='skip'][callee.object.name=/^(it|test|describe)$/]", message: 'Skipped tests are not allowed.' },
      ],
    },
  },
  {
    files: ['src/platform/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'setTimeout', 'setInterval', 'fetch'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The engine reads time from its injected clock.' },
        { object: 'Math', property: 'random', message: 'The engine draws from its seeded random source.' },
      ],
    },
  },
  { files: ['eslint/**/*.js', '*.config.{js,ts}', 'scripts/**/*.mjs'], languageOptions: { globals: globals.node } },
  // Classic scripts the page loads before the app (the Content Security Policy keeps them out of index.html).
  { files: ['public/**/*.js'], languageOptions: { sourceType: 'script', globals: globals.browser } },
);
