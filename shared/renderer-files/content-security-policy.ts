/**
 * How the renderer reaches the page, which is all the policy depends on:
 * - `app-protocol`: the built renderer at app://gitpulse in Electron; the page talks to the core over
 *   IPC, and 'self' there means only the app's own files.
 * - `loopback-http`: the built renderer from `gitpulse serve`; the page calls the API
 *   (POST /api/call/...) and reads its event stream (/api/events) on its own origin, which
 *   `connect-src 'self'` is.
 * - `vite-dev-server`: electron-vite's dev server, whose React refresh preamble is an inline script,
 *   whose CSS arrives as <style> elements and whose HMR client needs a WebSocket to `origin`.
 */
export type RendererTransport = { kind: 'app-protocol' } | { kind: 'loopback-http' } | { kind: 'vite-dev-server'; origin: string };

/**
 * Where the policy is delivered. Browsers ignore frame-ancestors in a meta tag (and log an error
 * saying so), so the meta tag in renderer/index.html carries every directive but that one.
 */
export type PolicyDelivery = 'header' | 'meta';

type Directive = [name: string, ...sources: string[]];

/**
 * The renderer's Content-Security-Policy, the one source for every place that sends it: the app://
 * protocol handler and the session's response headers in Electron, the loopback preview server, and
 * the meta tag in renderer/index.html (a unit test keeps the tag equal to
 * `buildContentSecurityPolicy({ kind: 'app-protocol' }, 'meta')`). Browsers enforce the header and
 * the meta tag both, so a built page gets exactly this policy whichever transport serves it.
 * Scripts and styles come only from the app's own files: no inline code, no eval.
 */
export function buildContentSecurityPolicy(transport: RendererTransport, delivery: PolicyDelivery = 'header'): string {
  const isDevServer = transport.kind === 'vite-dev-server';
  const devInline = isDevServer ? ["'unsafe-inline'"] : [];
  const devWebSocket = isDevServer ? [transport.origin.replace(/^http/, 'ws')] : [];
  const directives: Directive[] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...devInline],
    ['style-src', "'self'", ...devInline],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...devWebSocket],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ...(delivery === 'header' ? [['frame-ancestors', "'none'"] satisfies Directive] : []),
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}
