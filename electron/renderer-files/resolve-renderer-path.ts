import path from 'node:path';

type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * Maps the path of a request URL (app://gitpulse/... or the loopback preview's http://127.0.0.1/...)
 * to a file inside the built renderer folder, or null when the request would escape it. The URL
 * parser already folds plain `..` segments, so the hazards left are encoded ones (`%2e%2e%2f`, and
 * `%5c` which is a separator on Windows), absolute paths after decoding and NUL bytes; checking the
 * final resolved path against the root covers all of them at once. This is the lexical half of the
 * guard; read-renderer-file.ts adds the file system's half (symbolic links).
 * `pathApi` exists so tests can check Windows path rules on any machine.
 */
export function resolveRendererPath(rootDir: string, urlPathname: string, pathApi: PathApi = path): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relativeRequest = decoded.replace(/^[/\\]+/, '') || 'index.html';
  const root = pathApi.resolve(rootDir);
  const resolved = pathApi.resolve(root, relativeRequest);
  const fromRoot = pathApi.relative(root, resolved);
  if (fromRoot === '' || pathApi.isAbsolute(fromRoot)) return null;
  if (fromRoot === '..' || fromRoot.startsWith(`..${pathApi.sep}`)) return null;
  return resolved;
}
