import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { CSP, cacheControl, LOCAL_CSP, SECURITY_HEADERS } from '../../csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A plain static host, as a province's web server would be: serves a built folder under a
 * sub-path with the headers the README asks for. `root()` is read on every request, so a test can
 * publish a newer build while pages are open.
 */
export async function serveStatic(
  root: () => string,
  subPath: string,
  /** Runs the page under `LOCAL_CSP` (archive fixtures on this computer); the HTML's bytes then differ from the build's. */
  localArchives = false,
): Promise<{ server: Server; url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (!path.startsWith(subPath)) return void res.writeHead(404).end('not found');
    const rel = normalize(path.slice(subPath.length)).replace(/^(\.\.(\/|$))+/, '');
    const file = join(root(), rel === '' || rel === '.' ? 'index.html' : rel);
    if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end('not found');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      // The fixtures' archive servers run on this computer: the tests' policy allows them (csp.ts).
      ...(localArchives ? { 'Content-Security-Policy': LOCAL_CSP } : {}),
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(rel === '.' ? '' : rel),
    });
    const body = readFileSync(file);
    // The page's own meta policy is the production one: the same swap there (the two would intersect).
    const attr = (p: string) => p.replaceAll("'", '&#39;');
    res.end(
      localArchives && extname(file) === '.html' ? body.toString().replace(attr(CSP), attr(LOCAL_CSP)) : body,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}${subPath}`, requests };
}
