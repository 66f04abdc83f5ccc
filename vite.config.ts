/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { gazetteerAssets, gazetteerFolderModule } from './cli/gazetteerAssets.ts';
import { compiledMessages } from './cli/messagesPlugin.ts';

/**
 * Server-side renders (the prerendered first view, src/app/prerender.tsx) draw the map as a picture:
 * Leaflet needs a browser, so the live map module is swapped for StaticStoryMap there.
 */
function staticMapOnServer(): Plugin {
  const staticMap = fileURLToPath(new URL('./src/map/StaticStoryMap.tsx', import.meta.url));
  return {
    name: 'live-atlas:static-map-on-server',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (options?.ssr && importer && source === '../map/StoryMap') return staticMap;
      return null;
    },
  };
}

/**
 * The Content Security Policy the production build runs under (and that `vite preview`, which the
 * end-to-end tests use, sends). No inline script, no eval, no remote script, no inline style elements;
 * raster tiles may come from any https host; any page may frame it (embeds).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  'frame-ancestors *',
].join('; ');

/**
 * Every test file under tests/ runs in exactly one project (tests/meta/every-test-runs.test.ts checks it):
 * components and browser-side folders in jsdom, everything else in Node. e2e/ is Playwright's.
 */
export const DOM_TESTS = [
  'tests/{app,data,timeline,map,places,embed,present,share,import,i18n}/**/*.test.{ts,tsx}',
  'tests/**/*.test.tsx',
];
export const NODE_TESTS = ['tests/**/*.test.ts'];

export default defineConfig({
  plugins: [react(), staticMapOnServer(), gazetteerAssets(), compiledMessages()],
  base: './',
  worker: { format: 'es', plugins: () => [gazetteerFolderModule()] },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  },
  server: { host: '127.0.0.1' },
  test: {
    testTimeout: 30_000,
    globalSetup: ['tests/support/globalSetup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: NODE_TESTS, exclude: DOM_TESTS },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: DOM_TESTS, setupFiles: ['tests/setup.ts'] },
      },
    ],
  },
});
