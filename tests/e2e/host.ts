/** Host pages for embed tests: a stand-in news site on two other 127.0.0.1 ports (see host-server.mjs). */
export const HOST_ORIGIN = `http://127.0.0.1:${Number(process.env.LIVE_ATLAS_E2E_PORT ?? 4318) + 1}`;
export const FOREIGN_ORIGIN = `http://127.0.0.1:${Number(process.env.LIVE_ATLAS_E2E_PORT ?? 4318) + 2}`;

/** The URL at which the host server serves `html`. */
export function hostPage(origin: string, html: string): string {
  return `${origin}/page?html=${Buffer.from(html, 'utf8').toString('base64url')}`;
}

export function appUrl(baseURL: string | undefined, query: string): string {
  return new URL(`./${query}`, baseURL).href;
}
