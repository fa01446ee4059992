// ESLint flat config: strict TypeScript, React hooks, and the layer walls of
// ../shared/notes/architecture.md ("Who may import whom").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Imported text is never rendered as HTML.',
        },
        {
          selector:
            "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip|todo)$/]",
          message: 'No focused or skipped tests.',
        },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('./src/domain', ['./src/import', './src/persistence', './src/store', './src/canvas', './src/features', './src/export', './src/cli', './src/i18n', './src/ui', './src/app'], 'The domain is pure: it imports only the domain.'),
            zone('./src/import', ['./src/persistence', './src/store', './src/canvas', './src/features', './src/export', './src/cli', './src/ui', './src/app'], 'Importers see only the domain.'),
            zone('./src/persistence', ['./src/import', './src/store', './src/canvas', './src/features', './src/export', './src/cli', './src/ui', './src/app'], 'Persistence sees only the domain.'),
            zone('./src/store', ['./src/persistence', './src/canvas', './src/features', './src/export', './src/cli', './src/ui', './src/app'], 'The store sees only the domain.'),
            zone('./src/canvas', ['./src/persistence', './src/features', './src/export', './src/cli', './src/app'], 'The canvas draws the store.'),
            zone('./src/export', ['./src/store', './src/canvas', './src/persistence', './src/features', './src/cli', './src/app'], 'Exports render the report model.'),
            zone('./src/features', ['./src/persistence', './src/cli', './src/app'], 'Features reach storage through the store.'),
            zone('./src/cli', ['./src/persistence', './src/store', './src/canvas', './src/features', './src/ui', './src/app'], 'The CLI has no browser code.'),
          ],
        },
      ],
    },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|konva|react-konva|dexie|dexie-react-hooks|jspdf|zustand|papaparse)(/.*)?$',
              message: 'src/domain is pure: plain data in, plain data out.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['src/canvas/layout/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|konva|react-konva|dexie|zustand)(/.*)?$',
              message: 'src/canvas/layout is pure geometry: time → x, channel → lane.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^dexie(/.*)?$', message: 'Only src/persistence imports Dexie.' }] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
