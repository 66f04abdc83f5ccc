/** The import boundaries are enforced: lint rejects a planted violation by path, a new folder, and a cycle. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: ROOT });

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint on imports', () => {
  it.each([
    [
      'src/core/planted.ts',
      "import { allowedOrigins } from '../embed/origins';\nexport const x = allowedOrigins;\n",
    ],
    [
      'src/parse/planted.ts',
      "import { geocodeEntries } from '../geo/geocode';\nexport const x = geocodeEntries;\n",
    ],
    [
      'src/map/nested/deep/planted.tsx',
      "import { Scrubber } from '../../../timeline/Scrubber';\nexport const x = Scrubber;\n",
    ],
    ['src/timeline/planted.ts', "import { StoryMap } from '../map/StoryMap';\nexport const x = StoryMap;\n"],
    ['src/embed/planted.ts', "import { App } from '../app/App';\nexport const x = App;\n"],
    ['src/share/planted.ts', "import { parsePage } from '../parse/page';\nexport const x = parsePage;\n"],
    ['src/data/planted.ts', "import { run } from '../../cli/run';\nexport const x = run;\n"],
    ['cli/planted.ts', "import { Explorer } from '../src/app/Explorer';\nexport const x = Explorer;\n"],
  ])('rejects %s reaching across a boundary', async (file, code) => {
    expect(await rulesBroken(file, code)).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['src/core/planted.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/geo/planted.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src/timeline/planted.ts', "import L from 'leaflet';\nexport const x = L;\n"],
  ])('rejects %s using a package its layer stays free of', async (file, code) => {
    expect(await rulesBroken(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    [
      'src/app/planted.ts',
      "import { buildChronology } from '../core/chronology';\nexport const x = buildChronology;\n",
    ],
    [
      'src/map/planted.ts',
      "import { useViewState } from '../data/viewStore';\nexport const x = useViewState;\n",
    ],
    ['cli/planted.ts', "import { parsePage } from '../src/parse/page';\nexport const x = parsePage;\n"],
  ])('accepts %s importing in the allowed direction', async (file, code) => {
    expect(await rulesBroken(file, code)).toEqual([]);
  });

  describe('cycles', () => {
    const dir = `src/core/lint-probe-${process.pid}`;
    afterAll(() => rmSync(`${ROOT}${dir}`, { recursive: true, force: true }));

    it('rejects two modules that import each other', async () => {
      mkdirSync(`${ROOT}${dir}`, { recursive: true });
      writeFileSync(`${ROOT}${dir}/a.ts`, "import { b } from './b';\nexport const a = () => b();\n");
      writeFileSync(`${ROOT}${dir}/b.ts`, "import { a } from './a';\nexport const b = () => a;\n");
      const [result] = await eslint.lintFiles([`${ROOT}${dir}/a.ts`]);
      expect((result?.messages ?? []).map((m) => m.ruleId)).toContain('import-x/no-cycle');
    });
  });
});
