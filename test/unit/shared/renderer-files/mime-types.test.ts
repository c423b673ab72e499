import { describe, expect, it } from 'vitest';
import { fileExtension, lookupMimeType } from '../../../../shared/renderer-files/mime-types';

describe('lookupMimeType', () => {
  it('serves scripts as JavaScript, which Chromium requires for module scripts', () => {
    expect(lookupMimeType('/r/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(lookupMimeType('/r/assets/worker.mjs')).toBe('text/javascript; charset=utf-8');
  });

  it('labels text types as UTF-8 and binary types without a charset', () => {
    expect(lookupMimeType('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(lookupMimeType('/r/assets/index.css')).toBe('text/css; charset=utf-8');
    expect(lookupMimeType('/r/logo.svg')).toBe('image/svg+xml; charset=utf-8');
    expect(lookupMimeType('/r/fonts/inter.woff2')).toBe('font/woff2');
    expect(lookupMimeType('/r/icon.png')).toBe('image/png');
  });

  it('ignores the case of the extension', () => {
    expect(lookupMimeType('C:\\r\\LOGO.PNG')).toBe('image/png');
  });

  it('knows fonts, images and WebAssembly the renderer may ship', () => {
    expect(lookupMimeType('/r/assets/inter.woff')).toBe('font/woff');
    expect(lookupMimeType('/r/assets/photo.jpeg')).toBe('image/jpeg');
    expect(lookupMimeType('/r/assets/module.wasm')).toBe('application/wasm');
    expect(lookupMimeType('/r/assets/index.js.map')).toBe('application/json; charset=utf-8');
  });

  it('falls back to an opaque type instead of guessing', () => {
    expect(lookupMimeType('/r/data.bin')).toBe('application/octet-stream');
    expect(lookupMimeType('/r/LICENSE')).toBe('application/octet-stream');
  });
});

describe('fileExtension', () => {
  it('reads the extension of the last segment, with either separator', () => {
    expect(fileExtension('/r/assets/index-abc.js')).toBe('.js');
    expect(fileExtension('C:\\r\\assets\\LOGO.PNG')).toBe('.png');
    expect(fileExtension('/r/archive.tar.gz')).toBe('.gz');
  });

  it('gives none for dot files, folders with dots and names without one', () => {
    expect(fileExtension('/r/.hidden')).toBe('');
    expect(fileExtension('/r/v1.2/LICENSE')).toBe('');
    expect(fileExtension('C:\\r.d\\LICENSE')).toBe('');
    expect(fileExtension('/r/..hidden')).toBe('.hidden');
  });
});
