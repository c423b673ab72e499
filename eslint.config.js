import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layer rules: the tree's import directions, checked on every lint (see the folder READMEs).
const noElectronInCore = {
  paths: [{ name: 'electron', message: 'The core runs under plain Node (CLI, tests, utilityProcess); it never imports electron.' }],
};
// electron/renderer-files/ (the one reader of the built renderer) is for the two transports that serve
// it, main/ and server/. Matched by regex, so shared/renderer-files/ (pure, for everyone) stays allowed.
const notRendererFiles = {
  regex: '(^|/)electron/renderer-files/|^(\\.\\./)+renderer-files/',
  message: 'electron/renderer-files/ serves the built renderer for main/ and server/ only.',
};
const hostLayers = { group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/test/**'], message: 'The core, CLI and server import only shared/ and the core (the server also electron/renderer-files/).' };
const onlyShared = (layer) => ({
  patterns: [
    { group: ['**/electron/**', '../electron/*', '**/relay/**', '**/test/**'], message: `${layer} may import only shared/.` },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '.vite/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/electron/**', '**/renderer/**', '**/relay/**', '**/test/**', 'node:*'], message: 'shared/ is pure: it imports nothing of ours outside shared/ and no Node modules.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { ...onlyShared('renderer'), paths: [{ name: 'electron', message: 'The renderer reaches the core only through the API contract.' }] }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/**', '**/main/**', '**/cli/**', '**/server/**', '**/renderer-files/**'], message: 'The preload may import only shared/ and electron.' }] }] },
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { ...noElectronInCore, patterns: [hostLayers] }] },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { ...noElectronInCore, patterns: [hostLayers, notRendererFiles] }] },
  },
  {
    files: ['electron/renderer-files/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'electron/renderer-files/ runs in the main process and under plain Node (gitpulse serve) alike.' }],
        patterns: [{ group: ['**/core/**', '**/main/**', '**/cli/**', '**/server/**', '**/preload/**', '**/renderer/**', '**/test/**'], message: 'electron/renderer-files/ imports only shared/ and Node.' }],
      }],
    },
  },
);
