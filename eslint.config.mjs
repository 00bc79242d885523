import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['test/corpus/**', 'dist/**', 'node_modules/**', '.tools/**', '.e2e/**', 'scratch/**', 'media/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain Node scripts and the end-to-end tests run in Node.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The core is pure: no vscode, no fs, no DOM (the architecture's one idea).
    files: ['src/core/**/*.ts', 'src/knowledge/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['vscode', 'fs', 'node:fs', 'child_process', 'node:child_process'] }],
    },
  },
);
