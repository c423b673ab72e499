import { describe, expect, it } from 'vitest';
import { appOrigin, isExternalWebUrl, isSameOrigin, resolveRendererLocation } from '../../../electron/main/app-origin';

describe('resolveRendererLocation', () => {
  it('serves the built renderer from app://gitpulse when no dev server is running', () => {
    expect(resolveRendererLocation(undefined, false)).toEqual({
      origin: 'app://gitpulse',
      entryUrl: 'app://gitpulse/index.html',
      isDevServer: false,
    });
  });

  it('uses the electron-vite dev server in an unpackaged run', () => {
    expect(resolveRendererLocation('http://localhost:5173', false)).toEqual({
      origin: 'http://localhost:5173',
      entryUrl: 'http://localhost:5173/',
      isDevServer: true,
    });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app, so nobody can point the bridge at a site', () => {
    expect(resolveRendererLocation('https://evil.example', true).origin).toBe(appOrigin);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(resolveRendererLocation('file:///etc/passwd', false).origin).toBe(appOrigin);
    expect(resolveRendererLocation('not a url', false).origin).toBe(appOrigin);
  });
});

describe('isSameOrigin', () => {
  it('accepts any page of the app origin', () => {
    expect(isSameOrigin('app://gitpulse/index.html', appOrigin)).toBe(true);
    expect(isSameOrigin('app://gitpulse/courses/42?tab=teams#top', appOrigin)).toBe(true);
    expect(isSameOrigin('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
  });

  it('rejects hosts that merely start with the app host', () => {
    expect(isSameOrigin('app://gitpulse.evil/index.html', appOrigin)).toBe(false);
    expect(isSameOrigin('app://gitpulse@evil/index.html', appOrigin)).toBe(false);
  });

  it('rejects other schemes, ports and hosts', () => {
    expect(isSameOrigin('https://gitpulse/index.html', appOrigin)).toBe(false);
    expect(isSameOrigin('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isSameOrigin('http://127.0.0.1:5173/', 'http://localhost:5173')).toBe(false);
    expect(isSameOrigin('file:///work/out/renderer/index.html', appOrigin)).toBe(false);
  });

  it('rejects empty, blank and unparsable URLs', () => {
    expect(isSameOrigin('', appOrigin)).toBe(false);
    expect(isSameOrigin('about:blank', appOrigin)).toBe(false);
    expect(isSameOrigin('::::', appOrigin)).toBe(false);
  });
});

describe('isExternalWebUrl', () => {
  it('lets only http and https links go to the system browser', () => {
    expect(isExternalWebUrl('https://gitlab.example.edu/group/team-1/-/merge_requests/3')).toBe(true);
    expect(isExternalWebUrl('http://gitlab.local/')).toBe(true);
    expect(isExternalWebUrl('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(isExternalWebUrl('smb://server/share')).toBe(false);
    expect(isExternalWebUrl('javascript:alert(1)')).toBe(false);
    expect(isExternalWebUrl('app://gitpulse/index.html')).toBe(false);
    expect(isExternalWebUrl('not a url')).toBe(false);
  });
});
