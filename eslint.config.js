// Lint: typescript-eslint and react-hooks, plus the import direction the architecture relies on.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const UI = ['react', 'react-dom', 'react-dom/*', '@tanstack/*'];
const MAP_LIBS = ['leaflet', 'leaflet/*', 'react-leaflet', 'supercluster'];
const NODE = ['node:*', 'fs', 'path', 'url', 'module'];

/** Folders a domain may not import from, and packages it may not use. */
function boundary(files, folders, packages) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...folders.map((folder) => ({
              group: [`../${folder}/*`, `../${folder}`],
              message: `Imports point one way: not from src/${folder}.`,
            })),
            ...(packages.length
              ? [{ group: packages, message: 'This layer stays free of that dependency.' }]
              : []),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', 'coverage', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  boundary(
    ['src/core/**'],
    ['parse', 'geo', 'data', 'timeline', 'map', 'places', 'app'],
    [...UI, ...MAP_LIBS, ...NODE],
  ),
  boundary(
    ['src/parse/**'],
    ['geo', 'data', 'timeline', 'map', 'places', 'app'],
    [...UI, ...MAP_LIBS, ...NODE],
  ),
  boundary(
    ['src/geo/**'],
    ['parse', 'data', 'timeline', 'map', 'places', 'app'],
    [...UI, ...MAP_LIBS, ...NODE],
  ),
  boundary(['src/data/**'], ['parse', 'geo', 'timeline', 'map', 'places', 'app'], [...MAP_LIBS, ...NODE]),
  boundary(['src/timeline/**'], ['parse', 'geo', 'map', 'places', 'app'], [...MAP_LIBS, ...NODE]),
  boundary(['src/places/**'], ['parse', 'geo', 'map', 'timeline', 'app'], [...MAP_LIBS, ...NODE]),
  boundary(['src/map/**'], ['parse', 'geo', 'timeline', 'places', 'app'], NODE),
  boundary(['src/app/**'], ['parse', 'geo'], [...MAP_LIBS, ...NODE]),
);
