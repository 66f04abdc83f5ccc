/** Serves dist/ with `vite preview` on a free port for the benches. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePorts } from '../tests/e2e/ports';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export async function serve(): Promise<{ server: ChildProcess; origin: string }> {
  const PORT = Number(process.env.LIVE_ATLAS_BENCH_PORT ?? freePorts(1)[0]);
  const ORIGIN = `http://127.0.0.1:${PORT}`;
  // Node runs Vite itself (not through npx), so killing this process stops the server; a server left
  // over on the port would serve an old build, so the port must be free.
  const vite = `${ROOT}node_modules/vite/bin/vite.js`;
  const args = [vite, 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'];
  const server = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) break;
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return { server, origin: ORIGIN };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`vite preview did not start on port ${PORT} (is it in use? set LIVE_ATLAS_BENCH_PORT)`);
}
