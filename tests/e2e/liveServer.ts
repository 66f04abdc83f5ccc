/**
 * For the live-page test: a server on a free loopback port that serves the built app (dist/) and, at
 * /live/story.json, a story the test changes while the page is open. It answers conditional requests
 * (`If-None-Match`) with 304 as a newsroom's server would, and records each request for the story.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface LiveServer {
  origin: string;
  /** Serves a new version of the story (a new ETag). */
  publish(story: unknown): void;
  /** The `If-None-Match` of each request for the story (null for a plain request). */
  requests: (string | null)[];
  close(): Promise<void>;
}

export async function startLiveServer(): Promise<LiveServer> {
  let body = '';
  let version = 0;
  const requests: (string | null)[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/live/story.json') {
      const asked = request.headers['if-none-match'] ?? null;
      requests.push(typeof asked === 'string' ? asked : null);
      const etag = `"v${version}"`;
      if (asked === etag) {
        response.writeHead(304, { ETag: etag });
        return response.end();
      }
      response.writeHead(200, {
        'Content-Type': 'application/json',
        ETag: etag,
        'Cache-Control': 'no-cache',
      });
      return response.end(body);
    }
    const path = normalize(join(DIST, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!path.startsWith(DIST)) {
      response.writeHead(403);
      return response.end();
    }
    readFile(path).then(
      (data) => {
        response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
        response.end(data);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    publish(story) {
      body = JSON.stringify(story);
      version += 1;
    },
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
