import { describe, expect, it } from 'vitest';
import { resolveRendererLocation } from '../../../electron/main/app-origin';
import { buildContentSecurityPolicy } from '../../../electron/main/content-security-policy';

function parseDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  it('allows only the app itself to provide scripts in a built app', () => {
    const directives = parseDirectives(buildContentSecurityPolicy(resolveRendererLocation(undefined, true)));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, frames, base rewriting and form posts', () => {
    const directives = parseDirectives(buildContentSecurityPolicy(resolveRendererLocation(undefined, true)));
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(directives.get(name), name).toEqual(["'none'"]);
    }
  });

  it('never allows eval', () => {
    for (const location of [resolveRendererLocation(undefined, true), resolveRendererLocation('http://localhost:5173', false)]) {
      expect(buildContentSecurityPolicy(location)).not.toContain('unsafe-eval');
    }
  });

  it("loosens only what Vite's dev server needs: its inline preamble and its HMR socket", () => {
    const directives = parseDirectives(buildContentSecurityPolicy(resolveRendererLocation('http://localhost:5173', false)));
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
  });
});
