import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererPath } from '../../../electron/renderer-files/resolve-renderer-path';

const root = '/app/out/renderer';

function resolveUrl(url: string): string | null {
  return resolveRendererPath(root, new URL(url).pathname, path.posix);
}

describe('resolveRendererPath', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveUrl('app://gitpulse/index.html')).toBe('/app/out/renderer/index.html');
    expect(resolveUrl('app://gitpulse/assets/index-abc123.js')).toBe('/app/out/renderer/assets/index-abc123.js');
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveUrl('app://gitpulse/')).toBe('/app/out/renderer/index.html');
    expect(resolveRendererPath(root, '', path.posix)).toBe('/app/out/renderer/index.html');
  });

  it('decodes percent-encoded names', () => {
    expect(resolveUrl('app://gitpulse/assets/team%20chart.svg')).toBe('/app/out/renderer/assets/team chart.svg');
  });

  it('refuses encoded traversal that the URL parser does not fold', () => {
    expect(resolveRendererPath(root, '/..%2f..%2fetc/passwd', path.posix)).toBeNull();
    expect(resolveRendererPath(root, '/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret', path.posix)).toBeNull();
    expect(resolveRendererPath(root, '/%2e%2e', path.posix)).toBeNull();
  });

  it('keeps plain dot segments inside the root once the URL parser has folded them', () => {
    expect(resolveUrl('app://gitpulse/../../etc/passwd')).toBe('/app/out/renderer/etc/passwd');
  });

  it('refuses NUL bytes and malformed percent escapes', () => {
    expect(resolveRendererPath(root, '/index.html%00.png', path.posix)).toBeNull();
    expect(resolveRendererPath(root, '/%E0%A4%A', path.posix)).toBeNull();
  });

  it('refuses a sibling folder whose name starts with the root name', () => {
    expect(resolveRendererPath(root, '/..%2frenderer-secrets/key', path.posix)).toBeNull();
  });

  it('allows file names that merely start with two dots', () => {
    expect(resolveRendererPath(root, '/..hidden', path.posix)).toBe('/app/out/renderer/..hidden');
  });

  describe('with Windows path rules', () => {
    const winRoot = 'C:\\Program Files\\GitPulse\\resources\\app.asar\\out\\renderer';

    it('maps forward-slash URL paths to backslash file paths', () => {
      expect(resolveRendererPath(winRoot, '/assets/index.js', path.win32)).toBe(`${winRoot}\\assets\\index.js`);
    });

    it('refuses backslash traversal, which is a separator only on Windows', () => {
      expect(resolveRendererPath(winRoot, '/..%5c..%5c..%5cWindows%5cwin.ini', path.win32)).toBeNull();
    });

    it('refuses drive-absolute paths after decoding', () => {
      expect(resolveRendererPath(winRoot, '/C:%5cWindows%5cwin.ini', path.win32)).toBeNull();
      expect(resolveRendererPath(winRoot, '/D:/data/gitpulse.sqlite', path.win32)).toBeNull();
    });

    it('keeps a UNC-looking path inside the root instead of reaching for a network share', () => {
      expect(resolveRendererPath(winRoot, '/%5c%5cserver%5cshare%5cfile', path.win32)).toBe(`${winRoot}\\server\\share\\file`);
    });
  });
});
