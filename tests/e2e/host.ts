/** Host pages for embed tests: a stand-in news site on two other 127.0.0.1 ports (see host-server.mjs). */
import { foreignPort, hostPort } from './ports';

export const HOST_ORIGIN = `http://127.0.0.1:${hostPort()}`;
export const FOREIGN_ORIGIN = `http://127.0.0.1:${foreignPort()}`;

/** The URL at which the host server serves `html`. */
export function hostPage(origin: string, html: string): string {
  return `${origin}/page?html=${Buffer.from(html, 'utf8').toString('base64url')}`;
}

export function appUrl(baseURL: string | undefined, query: string): string {
  return new URL(`./${query}`, baseURL).href;
}
