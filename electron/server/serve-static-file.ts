import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Resolves a URL path inside root, or null when it would escape it (`..`, encoded slashes, NUL). */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = normalize(join(root, decoded));
  return target === root || target.startsWith(root.endsWith(sep) ? root : root + sep) ? target : null;
}

/** Serves the built renderer; unknown paths fall back to index.html (the app routes in the client). */
export async function serveStaticFile(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  const target = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath);
  if (!target) {
    res.writeHead(400).end('Bad path');
    return;
  }
  const isFile = await stat(target).then((s) => s.isFile(), () => false);
  const file = isFile ? target : join(root, 'index.html');
  const body = await readFile(file);
  const isIndex = file.endsWith('index.html');
  res.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cache-control': isIndex ? 'no-store' : 'max-age=3600',
  });
  res.end(body);
}
