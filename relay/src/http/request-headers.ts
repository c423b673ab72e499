import type { IncomingHttpHeaders } from 'node:http';

/** A header's single value (Node joins most repeated headers; arrays only for set-cookie and the like). */
export function readHeader(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Headers that carry credentials: they must never be stored or handed to clients. */
const secretHeaders = new Set(['x-gitlab-token', 'authorization', 'proxy-authorization', 'cookie']);

/** The delivery's headers as stored with the event: lower-case names, credentials left out. */
export function toStorableHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || secretHeaders.has(name)) continue;
    kept[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return kept;
}
