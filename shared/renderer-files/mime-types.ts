/*
 * The one MIME table for the built renderer, used by both transports that serve it: the app://
 * protocol in Electron and the loopback HTTP preview (`gitpulse serve`).
 */

const textTypes: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

const binaryTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/**
 * The extension of the last segment of a path, dot included and lower-cased, or '' when it has none;
 * like node:path's extname (a leading dot names a file, not an extension), for `/` and `\` alike.
 */
export function fileExtension(filePath: string): string {
  const name = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/**
 * MIME type for a renderer file. Chromium refuses module scripts that are not served as JavaScript,
 * and responses carry `nosniff`, so an unknown extension must not be guessed at.
 */
export function lookupMimeType(filePath: string): string {
  const extension = fileExtension(filePath);
  const textType = textTypes[extension];
  if (textType) return `${textType}; charset=utf-8`;
  return binaryTypes[extension] ?? 'application/octet-stream';
}
