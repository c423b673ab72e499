import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, type RendererTransport } from '../../../../shared/renderer-files/content-security-policy';

const app: RendererTransport = { kind: 'app-protocol' };
const loopback: RendererTransport = { kind: 'loopback-http' };
const devServer: RendererTransport = { kind: 'vite-dev-server', origin: 'http://localhost:5173' };

function parseDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

function readMetaPolicy(html: string): string {
  const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/s.exec(html);
  if (!tag?.[1]) throw new Error('renderer/index.html has no Content-Security-Policy meta tag');
  return tag[1];
}

describe('buildContentSecurityPolicy', () => {
  it('allows only the app itself to provide scripts, styles and connections in a built app', () => {
    for (const transport of [app, loopback]) {
      const directives = parseDirectives(buildContentSecurityPolicy(transport));
      expect(directives.get('default-src'), transport.kind).toEqual(["'self'"]);
      expect(directives.get('script-src'), transport.kind).toEqual(["'self'"]);
      expect(directives.get('style-src'), transport.kind).toEqual(["'self'"]);
      expect(directives.get('img-src'), transport.kind).toEqual(["'self'", 'data:']);
    }
  });

  it('lets the loopback preview reach its API and event stream on its own origin, and nothing else', () => {
    expect(parseDirectives(buildContentSecurityPolicy(loopback)).get('connect-src')).toEqual(["'self'"]);
  });

  it("keeps the app:// page's connections to its own files: it reaches the core over IPC", () => {
    expect(parseDirectives(buildContentSecurityPolicy(app)).get('connect-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, frames, base rewriting and form posts', () => {
    for (const transport of [app, loopback, devServer]) {
      const directives = parseDirectives(buildContentSecurityPolicy(transport));
      for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) {
        expect(directives.get(name), `${transport.kind} ${name}`).toEqual(["'none'"]);
      }
    }
  });

  it('never allows eval', () => {
    for (const transport of [app, loopback, devServer]) {
      expect(buildContentSecurityPolicy(transport)).not.toContain('unsafe-eval');
    }
  });

  it("loosens only what Vite's dev server needs: its inline preamble and styles, and its HMR socket", () => {
    const directives = parseDirectives(buildContentSecurityPolicy(devServer));
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    const built = parseDirectives(buildContentSecurityPolicy(app));
    for (const [name, values] of built) {
      if (!['script-src', 'style-src', 'connect-src'].includes(name)) expect(directives.get(name), name).toEqual(values);
    }
  });

  it('leaves frame-ancestors out of the meta tag form only, which browsers ignore there', () => {
    const header = parseDirectives(buildContentSecurityPolicy(app, 'header'));
    const meta = parseDirectives(buildContentSecurityPolicy(app, 'meta'));
    expect(meta.has('frame-ancestors')).toBe(false);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });
});

describe("renderer/index.html's meta tag", () => {
  const metaPolicy = readMetaPolicy(readFileSync(new URL('../../../../renderer/index.html', import.meta.url), 'utf8'));

  it('is the policy the builder makes, so both transports serve the page one policy', () => {
    expect(metaPolicy).toBe(buildContentSecurityPolicy(app, 'meta'));
    expect(metaPolicy).toBe(buildContentSecurityPolicy(loopback, 'meta'));
  });
});
