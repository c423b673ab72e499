import { protocol } from 'electron';
import { readRendererFile, rendererFileHeaders } from '../renderer-files/read-renderer-file';
import { appHost, appScheme } from './app-origin';

/**
 * Makes app:// behave like https for the page: a real origin for 'self' in the CSP, fetch, secure
 * context and V8 code caching; file:// would give the page access to the whole disk.
 * Electron only accepts this before the app is ready.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/** Serves the built renderer (out/renderer) at app://gitpulse/. Call after the app is ready. */
export function handleAppProtocol(rendererDir: string, contentSecurityPolicy: string): void {
  protocol.handle(appScheme, (request) => serveRendererFile(request, rendererDir, contentSecurityPolicy));
}

async function serveRendererFile(request: Request, rendererDir: string, contentSecurityPolicy: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return respondWithStatus(405);
  const url = new URL(request.url);
  if (url.host !== appHost) return respondWithStatus(404);
  try {
    const lookup = await readRendererFile(rendererDir, url.pathname);
    if (lookup.kind !== 'file') return respondWithStatus(404);
    const { file } = lookup;
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), { headers: rendererFileHeaders(file, contentSecurityPolicy) });
  } catch (error) {
    console.error(`app protocol: could not read ${url.pathname}`, error);
    return respondWithStatus(500);
  }
}

function respondWithStatus(status: number): Response {
  return new Response(null, { status });
}
