/** `npm run schema`: writes schema/story.schema.json from the Valibot schemas the app validates with. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storyJsonSchema } from './jsonSchema';

const out = fileURLToPath(new URL('../schema/story.schema.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('../schema/', import.meta.url)), { recursive: true });
writeFileSync(out, `${JSON.stringify(storyJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
