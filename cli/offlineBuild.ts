/**
 * `npm run build` (its last step) builds the offline viewer (src/app/offline.tsx) as one ES module and
 * one style sheet, dist/offline/viewer.js and viewer.css, with every image inlined: what the offline
 * page (src/convert/offline.ts) carries inside it, made by the app's "Download offline page" and by
 * `npm run parse -- page.txt --to html`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { gazetteerFolderModule } from './gazetteerAssets';
import { compiledMessages } from './messagesPlugin';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const OFFLINE_DIR = `${ROOT}dist/offline/`;
export const OFFLINE_SCRIPT = `${OFFLINE_DIR}viewer.js`;
export const OFFLINE_STYLE = `${OFFLINE_DIR}viewer.css`;

export async function buildOfflineViewer(): Promise<void> {
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    base: './',
    plugins: [react(), gazetteerFolderModule(), compiledMessages()],
    worker: { format: 'es', plugins: () => [gazetteerFolderModule()] },
    build: {
      target: 'es2022',
      outDir: OFFLINE_DIR,
      emptyOutDir: true,
      copyPublicDir: false,
      sourcemap: false,
      cssCodeSplit: false,
      chunkSizeWarningLimit: 2000,
      assetsInlineLimit: () => true,
      modulePreload: false,
      rolldownOptions: {
        input: `${ROOT}src/app/offline.tsx`,
        output: {
          codeSplitting: false,
          entryFileNames: 'viewer.js',
          assetFileNames: (asset) =>
            asset.names?.[0]?.endsWith('.css') ? 'viewer.css' : 'assets/[name]-[hash][extname]',
        },
      },
    },
  });
  if (!existsSync(OFFLINE_SCRIPT) || !existsSync(OFFLINE_STYLE))
    throw new Error('the offline viewer build made no viewer.js and viewer.css');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildOfflineViewer()
    .then(() => console.log('built the offline viewer: dist/offline/viewer.js, viewer.css'))
    .catch((error: unknown) => {
      console.error(`offline viewer: ${(error as Error).message}`);
      process.exitCode = 1;
    });
}
