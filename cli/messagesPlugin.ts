/**
 * The interface's message catalogues (src/i18n/locales/<language>.json, ICU MessageFormat) compiled
 * at build time with Lingui's own compiler, so the app ships no message parser: the app imports
 * `virtual:live-atlas/messages/<language>` and gets `{ id: compiled message }`. A message that does
 * not compile fails the build, naming the catalogue and the id.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:live-atlas/messages/';
const LOCALES = fileURLToPath(new URL('../src/i18n/locales/', import.meta.url));

/** Compiles one catalogue's messages; throws naming the first that is not valid ICU MessageFormat. */
export function compileCatalogue(name: string, messages: Record<string, string>): Record<string, unknown> {
  const compiled: Record<string, unknown> = {};
  for (const [id, message] of Object.entries(messages)) {
    try {
      compiled[id] = compileMessageOrThrow(message);
    } catch (error) {
      throw new Error(
        `${name}: the message "${id}" is not valid ICU MessageFormat: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  return compiled;
}

export function compiledMessages(): Plugin {
  return {
    name: 'live-atlas:messages',
    enforce: 'pre',
    resolveId(source) {
      return source.startsWith(PREFIX) ? `\0${source}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const language = id.slice(PREFIX.length + 1);
      if (!/^[a-z]{2}$/.test(language)) throw new Error(`No message catalogue is named "${language}".`);
      const file = `${LOCALES}${language}.json`;
      this.addWatchFile(file);
      const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      return `export default ${JSON.stringify(compileCatalogue(`${language}.json`, messages))};`;
    },
  };
}
