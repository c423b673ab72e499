import { DEFAULT_SIMULATOR_TOKEN } from './index';

export interface SimulatorResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the response is not JSON. */
  body: unknown;
}

/** GET an absolute URL or a path under /api/v4, with the default token unless told otherwise. */
export async function fetchSimulator(baseUrl: string, pathOrUrl: string, token: string | null = DEFAULT_SIMULATOR_TOKEN): Promise<SimulatorResponse> {
  const target = pathOrUrl.startsWith('http') ? pathOrUrl : `${baseUrl}/api/v4${pathOrUrl}`;
  const response = await fetch(target, { headers: token === null ? {} : { 'PRIVATE-TOKEN': token } });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('application/json');
  return { status: response.status, headers: response.headers, body: isJson ? (JSON.parse(text) as unknown) : text };
}

/** The rel="next" target of a Link header, if any. */
export function readNextLink(headers: Headers): string | null {
  const link = headers.get('link') ?? '';
  const match = /<([^>]+)>;\s*rel="next"/.exec(link);
  return match?.[1] ?? null;
}
