/** The suite runs every test file under tests/: a file placed where no project looks would never fail. */
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { DOM_TESTS, NODE_TESTS } from '../../vite.config';

const ROOT = new URL('../../', import.meta.url).pathname;
const find = (patterns: string[], ignore: string[] = []) =>
  new Set(globSync(patterns, { cwd: ROOT, ignore: ['**/node_modules/**', ...ignore] }));

describe('the unit test projects', () => {
  const onDisk = find(['tests/**/*.{test,spec}.{ts,tsx,js,jsx,mjs,cjs,mts,cts}'], ['tests/e2e/**']);
  const dom = find(DOM_TESTS);
  const node = find(NODE_TESTS, DOM_TESTS);

  it('find test files at all (the globs are not empty)', () => {
    expect(onDisk.size).toBeGreaterThanOrEqual(25);
    expect(dom.size).toBeGreaterThan(5);
    expect(node.size).toBeGreaterThan(5);
  });

  it('run every test file under tests/ outside e2e/, in exactly one project', () => {
    const unrun = [...onDisk].filter((file) => !dom.has(file) && !node.has(file));
    const twice = [...onDisk].filter((file) => dom.has(file) && node.has(file));
    expect({ unrun, twice }).toEqual({ unrun: [], twice: [] });
  });

  it.each([
    ['tests/embed/new.test.ts', 'dom'],
    ['tests/present/new.test.ts', 'dom'],
    ['tests/a/folder/nobody/made/yet.test.ts', 'node'],
    ['tests/cli/new.test.ts', 'node'],
    ['tests/anywhere/Component.test.tsx', 'dom'],
  ])('would run a new file %s in the %s project', (file, project) => {
    const inDom = picomatch(DOM_TESTS)(file);
    const inNode = picomatch(NODE_TESTS)(file) && !inDom;
    expect(inDom ? 'dom' : inNode ? 'node' : 'none').toBe(project);
  });
});
