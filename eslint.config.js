import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layer rules: the tree's import directions and each layer's packages, checked on every lint (see the
// folder READMEs). A package outside a layer's allow-list could bring Node or DOM types where they
// must not be, so bare specifiers are refused unless listed.
const allowOnlyPackages = (layer, packages) => ({
  regex: `^(?!\\.|${packages.map((p) => `${p.replace('/', '\\/')}(?:\\/|$)`).join('|')})`,
  message: `${layer} may import only these packages: ${packages.join(', ') || 'none'}.`,
});
const refuseFolders = (folders, message) => ({ group: folders.map((f) => `**/${f}/**`), message });
// electron/renderer-files/ (the one reader of the built renderer) is for the two transports that serve
// it, main/ and server/. Matched by regex, so shared/renderer-files/ (pure, for everyone) stays allowed.
const notRendererFiles = {
  regex: '(^|/)electron/renderer-files/|^(\\.\\./)+renderer-files/',
  message: 'electron/renderer-files/ serves the built renderer for main/ and server/ only.',
};
// The relay *server* (top-level relay/) is off limits to the app, but the core's own relay/ area
// (electron/core/relay: the desktop side of the relay) is the core's folder like any other.
const refuseFoldersButCoreRelay = (folders, message) => {
  const refused = refuseFolders(folders, message);
  return { ...refused, group: [...refused.group, '!**/core/relay/**', '!./relay/**', '!../relay/**'] };
};
// The same for the renderer's relay screen (renderer/features/relay). Only a one-segment ../relay/X is
// let through there: the relay server's modules all sit deeper (relay/src/...).
const refuseFoldersButFeatureRelay = (folders, message) => {
  const refused = refuseFolders(folders, message);
  return { ...refused, group: [...refused.group, '!**/features/relay/**', '!../relay/*', '!./relay/*'] };
};

const exportOnlyPackages = {
  group: ['exceljs', 'exceljs/**', 'csv-parse', 'csv-parse/**', 'playwright-core', 'playwright-core/**', 'echarts', 'echarts/**'],
  message: 'exceljs, csv-parse, playwright-core and echarts are for electron/core/export/ only.',
};
// The HTTP framework is the relay server's own choice (relay/README.md): nothing in the app builds on it.
const relayOnlyPackages = {
  group: ['fastify', 'fastify/**', '@fastify/**'],
  message: 'fastify is for the relay server (relay/) only.',
};
const coreImportRules = (extraPatterns) => ({
  paths: [{ name: 'electron', message: 'The core runs under plain Node (CLI, tests, utilityProcess); it never imports electron.' }],
  patterns: [
    refuseFoldersButCoreRelay(
      ['cli', 'server', 'main', 'preload', 'renderer', 'relay', 'test'],
      'The core imports only shared/ and its own folder; the CLI and the server call it, not the reverse.',
    ),
    notRendererFiles,
    relayOnlyPackages,
    ...extraPatterns,
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '.vite/**', 'relay/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.renderer-test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A promise nobody awaits loses its error; one handed where a callback returns void does too.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      'no-console': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            refuseFolders(['electron', 'renderer', 'relay', 'test'], 'shared/ is pure: it imports nothing of ours outside shared/.'),
            allowOnlyPackages('shared/', ['zod', 'yaml']),
          ],
        },
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
            refuseFoldersButFeatureRelay(['electron', 'relay', 'test'], 'The renderer imports only shared/ and reaches the core through the API contract.'),
            allowOnlyPackages('The renderer', ['react', 'react-dom', 'zustand', 'zod', 'echarts']),
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
        {
          patterns: [
            refuseFolders(['core', 'main', 'cli', 'server', 'renderer', 'relay', 'test'], 'The preload may import only shared/ and electron.'),
            notRendererFiles,
            allowOnlyPackages('The preload', ['electron']),
          ],
        },
      ],
    },
  },
  {
    // Main hosts the core in a utilityProcess: it may know the messages (types, from a file without
    // side effects), never load the core itself.
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/core/**', '!**/core/host-protocol'], message: 'electron/main reaches the core only through electron/core/host-protocol.ts (types).' },
            { group: ['**/core/host-protocol'], allowTypeImports: true, message: 'electron/main imports only types from the host protocol.' },
            refuseFolders(
              ['cli', 'server', 'preload', 'renderer', 'relay', 'test'],
              'electron/main imports only shared/, its own folder and the host protocol.',
            ),
            relayOnlyPackages,
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', coreImportRules([])] },
  },
  {
    // The grade-sheet writers' packages (spreadsheets, CSV parsing, the PDF printer, server-side charts)
    // belong to core/export alone, so swapping one of them touches that folder only.
    files: ['electron/core/**/*.ts'],
    ignores: ['electron/core/export/**'],
    rules: { 'no-restricted-imports': ['error', coreImportRules([exportOnlyPackages])] },
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The CLI and the preview server run under plain Node; they never import electron.' }],
          patterns: [
            refuseFoldersButCoreRelay(['main', 'preload', 'renderer', 'relay', 'test'], 'The CLI and the server import only shared/, the core and each other.'),
            exportOnlyPackages,
            relayOnlyPackages,
          ],
        },
      ],
    },
  },
  {
    files: ['electron/renderer-files/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/renderer-files/ runs in the main process and under plain Node (gitpulse serve) alike.' }],
          patterns: [
            refuseFolders(['core', 'main', 'cli', 'server', 'preload', 'renderer', 'relay', 'test'], 'electron/renderer-files/ imports only shared/ and Node.'),
            relayOnlyPackages,
          ],
        },
      ],
    },
  },
  {
    files: ['relay/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The relay is a standalone server.' }],
          patterns: [refuseFolders(['electron', 'renderer', 'test'], 'relay/ is standalone: it imports only shared/ and its own folder.')],
        },
      ],
    },
  },
);
