import type { RendererLocation } from './app-origin';

/**
 * The renderer's Content-Security-Policy, sent as a response header (app-protocol.ts and security.ts);
 * renderer/index.html carries a meta tag too. Browsers enforce both, so the stricter one wins.
 * Inline styles stay allowed because chart libraries and React style props set style attributes.
 * In dev, Vite's React refresh preamble is an inline script and HMR needs a WebSocket to the server.
 */
export function buildContentSecurityPolicy(location: RendererLocation): string {
  const devWebSocket = location.isDevServer ? location.origin.replace(/^http/, 'ws') : null;
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(location.isDevServer ? ["'unsafe-inline'"] : [])],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...(devWebSocket ? [devWebSocket] : [])],
    ['worker-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}
