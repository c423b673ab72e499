import { extname } from 'node:path';

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
 * MIME type for a file the app protocol serves. Chromium refuses module scripts that are not served
 * as JavaScript, and responses carry `nosniff`, so an unknown extension must not be guessed at.
 */
export function lookupMimeType(filePath: string): string {
  const extension = extname(filePath).toLowerCase();
  const textType = textTypes[extension];
  if (textType) return `${textType}; charset=utf-8`;
  return binaryTypes[extension] ?? 'application/octet-stream';
}
