import { describe, expect, it } from 'vitest';
import { lookupMimeType } from '../../../electron/main/mime-types';

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

  it('falls back to an opaque type instead of guessing', () => {
    expect(lookupMimeType('/r/data.bin')).toBe('application/octet-stream');
    expect(lookupMimeType('/r/LICENSE')).toBe('application/octet-stream');
  });
});
