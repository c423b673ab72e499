import type { Stats } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { lookupMimeType } from '../../shared/renderer-files/mime-types';
import { resolveRendererPath } from './resolve-renderer-path';

export interface RendererFile {
  path: string;
  body: Buffer;
  contentType: string;
}

export type RendererFileLookup =
  | { kind: 'file'; file: RendererFile }
  /** The request would leave the renderer folder, or pass through a symbolic link. */
  | { kind: 'refused' }
  | { kind: 'missing' };

/**
 * The one way both transports (the app:// protocol in Electron, the loopback preview) read the built
 * renderer for a request path. Paths without an extension that name no file are client-side routes,
 * answered with index.html so a reload on one still gets the app.
 *
 * Besides the lexical guard of resolveRendererPath, nothing below the renderer folder may be a
 * symbolic link: a build never makes one, so one there would only be a way to point a request
 * at a file elsewhere on the disk (inside the folder or not). Each path segment is checked with
 * lstat before the file is read; the folder itself may sit anywhere (a symlinked checkout, /tmp on
 * macOS). Electron's fs answers lstat inside app.asar too. Only regular files are read: a FIFO or
 * device file would block or never end.
 */
export async function readRendererFile(rootDir: string, urlPathname: string): Promise<RendererFileLookup> {
  const root = path.resolve(rootDir);
  const filePath = resolveRendererPath(root, urlPathname);
  if (!filePath) return { kind: 'refused' };
  const found = await readPlainFile(root, filePath);
  if (found.kind !== 'missing' || path.extname(filePath) !== '') return found;
  return readPlainFile(root, path.join(root, 'index.html'));
}

async function readPlainFile(root: string, filePath: string): Promise<RendererFileLookup> {
  let current = root;
  let stats: Stats | null = null;
  for (const segment of path.relative(root, filePath).split(path.sep)) {
    current = path.join(current, segment);
    stats = await lstatIfPresent(current);
    if (!stats) return { kind: 'missing' };
    if (stats.isSymbolicLink()) return { kind: 'refused' };
  }
  if (!stats?.isFile()) return { kind: 'missing' };
  try {
    return { kind: 'file', file: { path: filePath, body: await readFile(filePath), contentType: lookupMimeType(filePath) } };
  } catch (error) {
    if (isAbsent(error)) return { kind: 'missing' };
    throw error;
  }
}

async function lstatIfPresent(target: string): Promise<Stats | null> {
  try {
    return await lstat(target);
  } catch (error) {
    if (isAbsent(error)) return null;
    throw error;
  }
}

function isAbsent(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/** The headers every renderer file gets, whichever transport serves it. */
export function rendererFileHeaders(file: RendererFile, contentSecurityPolicy: string): Record<string, string> {
  return {
    'Content-Type': file.contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
  };
}
