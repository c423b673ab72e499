import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { protocol } from 'electron';
import { appHost, appScheme } from './app-origin';
import { lookupMimeType } from './mime-types';
import { resolveRendererPath } from './resolve-renderer-path';

/**
 * Makes app:// behave like https for the page: a real origin for 'self' in the CSP, fetch, secure
 * context and V8 code caching; file:// would give the page access to the whole disk.
 * Electron only accepts this before the app is ready.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer (out/renderer) at app://gitpulse/. Call after the app is ready. */
export function handleAppProtocol(rendererDir: string, contentSecurityPolicy: string): void {
  protocol.handle(appScheme, (request) => serveRendererFile(request, rendererDir, contentSecurityPolicy));
}

async function serveRendererFile(request: Request, rendererDir: string, contentSecurityPolicy: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return respondWithStatus(405);
  const url = new URL(request.url);
  if (url.host !== appHost) return respondWithStatus(404);
  const filePath = resolveRendererPath(rendererDir, url.pathname);
  if (!filePath) return respondWithStatus(404);
  try {
    // Paths without an extension are client-side routes: a reload on one must still get the app.
    const served = (await readIfFile(filePath)) ?? (extname(filePath) === '' ? await readIfFile(join(rendererDir, 'index.html')) : null);
    if (!served) return respondWithStatus(404);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(served.body), {
      headers: {
        'Content-Type': lookupMimeType(served.path),
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    console.error(`app protocol: could not read ${url.pathname}`, error);
    return respondWithStatus(500);
  }
}

async function readIfFile(path: string): Promise<{ path: string; body: Buffer } | null> {
  try {
    return { path, body: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

function respondWithStatus(status: number): Response {
  return new Response(null, { status });
}
