import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The seams from DEVELOPERS.md, enforced: a wrong import fails the build. */
const nodeBuiltins = ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'http', 'url', 'util'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeBuiltins], message: 'shared/ is pure: no Node APIs.' },
            { group: ['electron', 'better-sqlite3*', 'pdfkit', 'react', 'react-dom'], message: 'shared/ is pure.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from the app layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer'],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/preview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'Services run under plain Node: only electron/main and electron/preload may import electron.' },
            { group: ['**/renderer/**', '**/main/**'], message: 'Services do not depend on the UI or the shell.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/services/**', 'zod', ...nodeBuiltins], message: 'The sandboxed preload imports only electron and operation names.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron', 'better-sqlite3*', 'pdfkit'], message: 'The renderer reaches data only through the contract.' },
            { group: [...nodeBuiltins], message: 'The renderer has no Node APIs.' },
          ],
        },
      ],
    },
  },
);
