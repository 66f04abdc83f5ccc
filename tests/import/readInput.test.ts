import { describe, expect, it } from 'vitest';
import { looksBinary } from '../../src/parse/decode';
import { isStoryJson, MAX_TEXT_CHARS, readPageFile, textProblem } from '../../src/import/readInput';

const file = (name: string, bytes: BlobPart[]) => new File(bytes, name);

describe('what the import accepts', () => {
  it('refuses empty and over-long text with a reason, and takes the rest', () => {
    expect(textProblem('  \n ')).toMatch(/nothing to read yet/);
    expect(textProblem('x'.repeat(MAX_TEXT_CHARS + 1))).toMatch(
      /^The text is 15\.0 MB, more than the 15\.0 MB/,
    );
    expect(textProblem('10:25 GMT\nA post')).toBeNull();
  });

  it('tells a story file from a page', () => {
    expect(isStoryJson(' {"entries": []}')).toBe(true);
    expect(isStoryJson('<!doctype html><p>{}</p>')).toBe(false);
    expect(isStoryJson('Storm live\n10:25 GMT')).toBe(false);
  });

  it('opens text files and says why it will not open others', async () => {
    expect(await readPageFile(file('page.txt', ['Storm live\n']))).toEqual({
      text: 'Storm live\n',
      warnings: [],
    });
    expect(await readPageFile(file('page.docx', ['x']))).toEqual({
      error: 'page.docx is not a page Live Atlas reads: open a .txt, .html or .htm page, or a story .json.',
    });
    expect(await readPageFile(file('empty.html', []))).toEqual({ error: 'empty.html is empty.' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await readPageFile(file('photo.txt', [png]))).toEqual({
      error: expect.stringMatching(/^photo\.txt is not text/),
    });
  });

  it('refuses a UTF-32 file by its byte-order mark, naming the encoding', async () => {
    for (const bom of [
      [0xff, 0xfe, 0, 0],
      [0, 0, 0xfe, 0xff],
    ])
      expect(await readPageFile(file('wide.txt', [new Uint8Array([...bom, 0x41, 0, 0, 0])]))).toEqual({
        error:
          'wide.txt is in UTF-32, which Live Atlas does not read. Save it as UTF-8 (or UTF-16) and open it again.',
      });
  });

  it('reads UTF-16 pages as text, not as binary', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42, 0]);
    expect(looksBinary(utf16)).toBe(false);
    expect(looksBinary(new TextEncoder().encode('Kyiv – Київ\n'))).toBe(false);
    expect(looksBinary(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]))).toBe(true);
  });
});
