/**
 * Where the renderer comes from, and the URL checks built on it. Pure (no electron import) so the
 * checks that guard IPC and navigation are unit-tested under plain Node.
 */

/** Production origin: a privileged, standard, secure custom scheme served by app-protocol.ts. */
export const appScheme = 'app';
export const appHost = 'gitpulse';
export const appOrigin = `${appScheme}://${appHost}`;

export interface RendererLocation {
  /** Scheme and host (with port) every trusted frame must have. */
  origin: string;
  /** What the main window loads. */
  entryUrl: string;
  /** True when pages come from electron-vite's dev server (looser CSP for its HMR client). */
  isDevServer: boolean;
}

/**
 * electron-vite sets ELECTRON_RENDERER_URL in `dev`. A packaged app ignores it: otherwise anyone able
 * to set an environment variable could point the window, and with it the IPC bridge, at any site.
 */
export function resolveRendererLocation(devServerUrl: string | undefined, isPackaged: boolean): RendererLocation {
  if (!isPackaged && devServerUrl) {
    const parsed = parseUrl(devServerUrl);
    if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
      return { origin: `${parsed.protocol}//${parsed.host}`, entryUrl: parsed.href, isDevServer: true };
    }
  }
  return { origin: appOrigin, entryUrl: `${appOrigin}/index.html`, isDevServer: false };
}

/**
 * Node's URL gives non-special schemes such as app: the opaque origin "null", and a prefix test would
 * accept app://gitpulse.evil, so compare the parsed scheme and host (host includes the port).
 */
export function isSameOrigin(url: string, origin: string): boolean {
  const candidate = parseUrl(url);
  const expected = parseUrl(origin);
  if (!candidate || !expected) return false;
  return candidate.protocol === expected.protocol && candidate.host === expected.host && candidate.host !== '';
}

/** Only web links may leave the app, and only to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
