import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRendererFile, type RendererFileLookup } from '../../../electron/renderer-files/read-renderer-file';
import { makeTempDir } from '../../support/temp-dir';

const temp = makeTempDir('gitpulse-renderer-files-');
const outDir = temp.path;
const rendererDir = join(outDir, 'renderer');
const secretPath = join(outDir, 'secret.txt');

beforeAll(() => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>GitPulse</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("hi")');
  writeFileSync(secretPath, 'token');
  // Links a build never makes: out of the folder, to a file inside it, and a folder pointing out.
  symlinkSync(secretPath, join(rendererDir, 'leak.txt'));
  symlinkSync(join(rendererDir, 'index.html'), join(rendererDir, 'alias.html'));
  symlinkSync(outDir, join(rendererDir, 'linked'), 'dir');
  symlinkSync(rendererDir, join(outDir, 'renderer-link'), 'dir');
});
afterAll(() => temp.cleanup());

function read(urlPathname: string, root = rendererDir): Promise<RendererFileLookup> {
  return readRendererFile(root, urlPathname);
}

async function readText(urlPathname: string): Promise<string> {
  const lookup = await read(urlPathname);
  if (lookup.kind !== 'file') throw new Error(`${urlPathname}: ${lookup.kind}`);
  return lookup.file.body.toString();
}

describe('readRendererFile', () => {
  it('reads files of the build with their MIME type', async () => {
    const lookup = await read('/assets/index-abc.js');
    expect(lookup).toMatchObject({ kind: 'file', file: { path: join(rendererDir, 'assets', 'index-abc.js'), contentType: 'text/javascript; charset=utf-8' } });
    expect(await readText('/')).toContain('<title>GitPulse</title>');
  });

  it('answers client-side routes and folders with index.html, but a missing file with missing', async () => {
    expect(await read('/courses/42/teams')).toMatchObject({
      kind: 'file',
      file: { path: join(rendererDir, 'index.html'), contentType: 'text/html; charset=utf-8' },
    });
    expect(await readText('/assets')).toContain('GitPulse');
    expect(await read('/assets/missing.js')).toEqual({ kind: 'missing' });
    expect(await read('/index.html/x.js')).toEqual({ kind: 'missing' });
  });

  it('refuses encoded dot segments, which the URL parser leaves alone (backslashes: see resolve-renderer-path.test.ts)', async () => {
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/%2e%2e']) {
      expect(await read(path), path).toEqual({ kind: 'refused' });
    }
  });

  it('keeps plain dot segments inside the folder once the URL parser has folded them', async () => {
    const path = new URL('app://gitpulse/../../secret.txt').pathname;
    expect(path).toBe('/secret.txt');
    expect(await read(path)).toEqual({ kind: 'missing' });
  });

  it('never reaches an absolute path, decoded or not', async () => {
    for (const path of [`/${encodeURIComponent(secretPath)}`, `/${secretPath}`, `//${secretPath}`]) {
      const lookup = await read(path);
      expect(lookup.kind, path).not.toBe('file');
    }
  });

  it('refuses NUL bytes and malformed escapes', async () => {
    expect(await read('/index.html%00.js')).toEqual({ kind: 'refused' });
    expect(await read('/index.html\0')).toEqual({ kind: 'refused' });
    expect(await read('/%E0%A4%A')).toEqual({ kind: 'refused' });
  });

  it('refuses a symbolic link that leaves the folder, as file or as folder', async () => {
    expect(await read('/leak.txt')).toEqual({ kind: 'refused' });
    expect(await read('/linked/secret.txt')).toEqual({ kind: 'refused' });
    expect(await read('/linked')).toEqual({ kind: 'refused' });
  });

  it('refuses a symbolic link even when it points inside the folder', async () => {
    expect(await read('/alias.html')).toEqual({ kind: 'refused' });
    expect(await read('/linked/renderer/index.html')).toEqual({ kind: 'refused' });
  });

  it('serves from a folder that is itself reached through a link (a symlinked checkout)', async () => {
    const lookup = await read('/index.html', join(outDir, 'renderer-link'));
    expect(lookup.kind).toBe('file');
  });
});
