/** End-to-end tests: the production build served on 127.0.0.1, driven in the system's Chromium. */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { browserPath, CHROMIUM_ARGS } from './tests/e2e/chromium';
import { appPort, ensurePorts, foreignPort, hostPort } from './tests/e2e/ports';

if (!existsSync(browserPath)) {
  console.error(
    [
      '',
      `The end-to-end tests need Chromium or Chrome, and none was found at ${browserPath}.`,
      '  On Debian or Ubuntu:  sudo apt-get install -y chromium',
      '  Elsewhere: point LIVE_ATLAS_BROWSER at your browser, e.g.',
      '    LIVE_ATLAS_BROWSER="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

ensurePorts();
const PORT = appPort();

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: browserPath,
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // A stand-in news site that embeds the app, and a foreign one (see tests/e2e/host-server.mjs).
      command: `node tests/e2e/host-server.mjs ${hostPort()} ${foreignPort()}`,
      url: `http://127.0.0.1:${hostPort()}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
