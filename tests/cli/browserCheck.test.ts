import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the end-to-end suite without a browser', () => {
  it('stops with an explanation of what to install, not a stack trace', () => {
    const run = spawnSync('npx', ['playwright', 'test', '--list'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, LIVE_ATLAS_BROWSER: '/no/such/chromium' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'The end-to-end tests need Chromium or Chrome, and none was found at /no/such/chromium.',
    );
    expect(run.stderr).toContain('apt-get install -y chromium');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
