/** The harness every spec uses: no request leaves 127.0.0.1, and any console or page error fails the test. */
import { test as base, expect } from '@playwright/test';

export interface Guard {
  /** Requests that tried to leave 127.0.0.1 (all were blocked). */
  blocked: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Errors a test provokes on purpose (a failing server), which do not fail it. */
  expected: RegExp[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, context }, use) => {
      const guard: Guard = { blocked: [], errors: [], expected: [] };
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:')
          return route.continue();
        guard.blocked.push(url.href);
        return route.abort('blockedbyclient');
      });
      page.on('console', (message) => {
        // A blocked request is recorded in `blocked`; the browser's own report of it is not a page error.
        if (message.type() === 'error' && !message.text().includes('ERR_BLOCKED_BY_CLIENT')) {
          guard.errors.push(`console: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => guard.errors.push(`page: ${error.message}`));
      await use(guard);
      const unexpected = guard.errors.filter((e) => !guard.expected.some((re) => re.test(e)));
      expect(unexpected, 'console or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
