import { fileURLToPath } from 'node:url';

/*
 * Paths of the other build outputs, relative to this file's bundle (out/main/index.js). They come
 * from import.meta.url rather than app.getAppPath() so they hold however Electron was started
 * (`electron .`, `electron out/main/index.js`, Playwright, packaged asar). This module must only be
 * imported from the main entry, or a shared chunk in out/main/chunks/ would shift every path.
 */

export function resolvePreloadPath(): string {
  return fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
}

export function resolveCoreEntryPath(): string {
  return fileURLToPath(new URL('./core.js', import.meta.url));
}

export function resolveRendererDir(): string {
  return fileURLToPath(new URL('../renderer/', import.meta.url));
}
