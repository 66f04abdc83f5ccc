/**
 * The loopback ports the end-to-end run serves on: the app, a stand-in news site and a foreign site.
 * Free ports are picked once, in the runner (playwright.config.ts), and handed to its workers through
 * the environment, so two runs can share a machine. Set the variables to choose them yourself.
 */
import { execFileSync } from 'node:child_process';

const VARIABLES = ['LIVE_ATLAS_E2E_PORT', 'LIVE_ATLAS_E2E_HOST_PORT', 'LIVE_ATLAS_E2E_FOREIGN_PORT'] as const;

/** Asks the system for `count` free ports at once (each held open until all are known). */
const FREE_PORTS = `
const net = require('node:net');
const servers = Array.from({ length: Number(process.argv[1]) }, () => net.createServer());
Promise.all(servers.map((s) => new Promise((ok) => s.listen(0, '127.0.0.1', () => ok(s.address().port)))))
  .then((ports) => { console.log(ports.join(' ')); servers.forEach((s) => s.close()); });
`;

/** `count` loopback ports that were free a moment ago. */
export function freePorts(count: number): number[] {
  return execFileSync(process.execPath, ['-e', FREE_PORTS, String(count)], { encoding: 'utf8' })
    .trim()
    .split(' ')
    .map(Number);
}

export function ensurePorts(): void {
  const missing = VARIABLES.filter((name) => !process.env[name]);
  if (missing.length === 0) return;
  const ports = freePorts(missing.length);
  missing.forEach((name, i) => (process.env[name] = String(ports[i])));
}

function port(name: (typeof VARIABLES)[number]): number {
  const value = Number(process.env[name]);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} is not set: run the tests with playwright`);
  return value;
}

export const appPort = () => port('LIVE_ATLAS_E2E_PORT');
export const hostPort = () => port('LIVE_ATLAS_E2E_HOST_PORT');
export const foreignPort = () => port('LIVE_ATLAS_E2E_FOREIGN_PORT');
