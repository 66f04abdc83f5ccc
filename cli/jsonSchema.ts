/** The data contract as a JSON Schema document, derived from the Valibot schemas (one source of truth). */
import { toJsonSchema } from '@valibot/to-json-schema';
import { StorySchema } from '../src/core/schema';

export function storyJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(StorySchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://live-atlas.invalid/schema/story.schema.json',
    title: 'Live Atlas story',
    description:
      'A news live page as structured entries and the places they mention (schemaVersion 1). Times are ISO 8601 UTC; entries keep the page order.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
