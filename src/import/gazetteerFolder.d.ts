/** Made by cli/gazetteerAssets.ts: the compiled gazetteer's folder in the app (`gazetteer/<hash>/`). */
declare module 'virtual:live-atlas/gazetteer' {
  export const GAZETTEER_FOLDER: string;
}
