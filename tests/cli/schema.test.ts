import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { storyJsonSchema } from '../../cli/jsonSchema';

const FILE = JSON.parse(readFileSync(new URL('../../schema/story.schema.json', import.meta.url), 'utf8'));
const SAMPLE = JSON.parse(readFileSync(new URL('../fixtures/sample/expected.json', import.meta.url), 'utf8'));

describe('schema/story.schema.json', () => {
  it('is the JSON Schema the app validates with (regenerate with npm run schema)', () => {
    expect(FILE).toEqual(storyJsonSchema());
  });

  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(FILE);

  it('accepts the sample story', () => {
    expect(validate(SAMPLE), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects an entry whose time is not ISO 8601 and a place without coordinates', () => {
    const broken = structuredClone(SAMPLE);
    broken.entries[0].publishedAt = 'yesterday';
    delete broken.places[0].lat;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/entries/0/publishedAt', '/places/0']),
    );
  });
});
