/**
 * `npm run lint`: ESLint and Prettier's check, run side by side (each on its own core), each printing
 * its report when it ends; fails if either does. Both keep a cache in .cache/, by file content, so a
 * second run reads only what changed.
 */
import { spawn } from 'node:child_process';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

const checks = [
  [bin('eslint'), ['.', '--cache', '--cache-strategy', 'content', '--cache-location', '.cache/eslint/']],
  [
    bin('prettier'),
    ['--check', '.', '--cache', '--cache-strategy', 'content', '--cache-location', '.cache/prettier'],
  ],
];

function run([command, args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => resolve({ code: 1, output: `${command}: ${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const results = await Promise.all(checks.map(run));
for (const { output } of results) process.stdout.write(output);
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
