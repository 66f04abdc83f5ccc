/** The Chromium the end-to-end tests and the benchmarks drive, and the flags it runs with. */

/** Set LIVE_ATLAS_BROWSER to use another Chromium or Chrome (e.g. /usr/bin/google-chrome). */
export const browserPath = process.env.LIVE_ATLAS_BROWSER ?? '/usr/bin/chromium';

/** Headless, no sandbox (root in CI), and nothing that would reach the network by itself. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
