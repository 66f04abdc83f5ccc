// Lint: typescript-eslint and react-hooks, plus the architecture's import boundaries, checked by path.
import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/ and what each may import (besides itself). Imports point one way:
 * core ← parse, geo ← data ← views (timeline, places, map, …) ← app. A folder not listed here is
 * refused by every other one, so a new folder must be placed here before it can be used.
 */
export const ALLOWED_IMPORTS = {
  core: [],
  parse: ['core'],
  geo: ['core'],
  convert: ['core'],
  pipeline: ['core', 'parse', 'geo'],
  data: ['core'],
  i18n: ['core', 'data'],
  timeline: ['core', 'data', 'i18n'],
  places: ['core', 'data', 'i18n'],
  map: ['core', 'data', 'i18n'],
  embed: ['core'],
  present: ['core', 'i18n'],
  share: ['core', 'data', 'i18n', 'convert'],
  import: ['core', 'data', 'i18n', 'convert', 'parse', 'geo', 'pipeline', 'map', 'share'],
  app: [
    'core',
    'data',
    'i18n',
    'convert',
    'timeline',
    'places',
    'map',
    'embed',
    'present',
    'share',
    'import',
  ],
};
/** The CLI is argument and file handling over the pure core: it never reaches into the views. */
const CLI_ALLOWED = ['core', 'parse', 'geo', 'convert', 'pipeline', 'map'];

const UI = ['react', 'react-dom', 'react-dom/*', '@tanstack/*'];
const MAP_LIBS = ['leaflet', 'leaflet/*', 'react-leaflet', 'supercluster'];
const NODE = ['node:*', 'fs', 'path', 'url', 'module', 'worker_threads', 'child_process'];

const folders = Object.keys(ALLOWED_IMPORTS);

/** One zone per folder: from the folder, everything in src/ but itself and what it may import is off limits. */
function zones() {
  const list = folders.map((folder) => ({
    target: `./src/${folder}`,
    from: './src',
    except: [`./${folder}`, ...ALLOWED_IMPORTS[folder].map((f) => `./${f}`)],
    message: `src/${folder} may import only ${['itself', ...ALLOWED_IMPORTS[folder]].join(', ')}.`,
  }));
  list.push(
    {
      target: './src',
      from: ['./cli', './bench', './tests'],
      message: 'The app never imports the CLI, the benchmarks or the tests.',
    },
    {
      target: './cli',
      from: './src',
      except: CLI_ALLOWED.map((f) => `./${f}`),
      message: `cli/ may import only src/${CLI_ALLOWED.join(', src/')}.`,
    },
  );
  return list;
}

/** Packages a layer stays free of. */
function packages(files, banned) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: banned, message: 'This layer stays free of that dependency.' }] },
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
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The rules of hooks (React Compiler's analysis, the slowest rules here) where React code can be: the
  // app and the component tests. The CLI, the benchmarks and the browser specs hold none.
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}', 'cli/**/*.ts', 'bench/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: zones() }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
    },
  },
  packages(['src/{core,parse,geo,convert}/**'], [...UI, ...MAP_LIBS, ...NODE]),
  packages(['src/{data,i18n,timeline,places,embed,present,share,import}/**'], [...MAP_LIBS, ...NODE]),
  packages(['src/{map,app}/**'], NODE),
);
