// A stand-in for a news site that embeds Live Atlas: serves, on 127.0.0.1, pym.js and any page the test
// passes in `?html=` (base64url). Runs on two ports so tests have an embedding and a foreign origin.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const pym = readFileSync(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url));
const ports = process.argv.slice(2).map(Number);

function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/pym.v1.min.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' });
    return response.end(pym);
  }
  if (url.pathname === '/page') {
    const html = Buffer.from(url.searchParams.get('html') ?? '', 'base64url').toString('utf8');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    return response.end(html);
  }
  if (url.pathname === '/') {
    response.writeHead(200, { 'Content-Type': 'text/plain' });
    return response.end('host server');
  }
  response.writeHead(404);
  response.end();
}

for (const port of ports) createServer(handle).listen(port, '127.0.0.1');
