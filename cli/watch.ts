/**
 * `--watch`: calls back when a watched file changes, until the process is asked to stop. The folders are
 * watched, not the files, so an editor that saves by writing a new file and renaming it over the old
 * one is still followed; a burst of writes gives one call, and a change during a call gives one more.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

const SETTLE_MS = 150;

export function watchFiles(
  paths: readonly string[],
  onChange: () => Promise<void>,
  { settleMs = SETTLE_MS, signal }: { settleMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  return new Promise((done) => {
    const byFolder = new Map<string, Set<string>>();
    for (const path of paths) {
      const folder = dirname(resolve(path));
      byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(basename(path)));
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running: Promise<void> | null = null;
    let again = false;
    let stopped = false;

    async function runOnce() {
      running = onChange().catch(() => {});
      await running;
      running = null;
      if (again && !stopped) {
        again = false;
        void runOnce();
      }
    }
    function changed() {
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (running) again = true;
        else void runOnce();
      }, settleMs);
    }
    const watchers: FSWatcher[] = [...byFolder].map(([folder, names]) =>
      watch(folder, (_event, name) => {
        if (name !== null && names.has(name.toString())) changed();
      }),
    );
    async function stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await running;
      done();
    }
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', () => void stop(), { once: true });
  });
}
