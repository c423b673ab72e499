import type { ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { buildContentSecurityPolicy } from '../../shared/renderer-files/content-security-policy';
import { readRendererFile, rendererFileHeaders } from '../renderer-files/read-renderer-file';

const contentSecurityPolicy = buildContentSecurityPolicy({ kind: 'loopback-http' });

/**
 * Serves the built renderer through the same reader as the app:// protocol (path guard, symbolic
 * links refused, client-side routes answered with index.html, one MIME table). A path that tries to
 * leave the folder is a bad request; a missing file is a 404.
 */
export async function serveStaticFile(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  const lookup = await readRendererFile(root, urlPath);
  if (lookup.kind === 'refused') return void res.writeHead(400).end('Bad path');
  if (lookup.kind === 'missing') return void res.writeHead(404).end('Not found');
  const { file } = lookup;
  res.writeHead(200, {
    ...rendererFileHeaders(file, contentSecurityPolicy),
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cache-Control': basename(file.path) === 'index.html' ? 'no-store' : 'max-age=3600',
  });
  res.end(file.body);
}
