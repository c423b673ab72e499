/** A raw repository file (the .gitlab-ci.yml and its includes): GitLab's own limit for a CI file is 1 MB. */
export const maxRawFileBytes = 1024 * 1024;
/**
 * A page of JSON. A hundred objects of GitLab's are far below this even with long descriptions; a
 * body past it is a broken or hostile server, and reading on would hold it all in memory.
 */
export const maxJsonPageBytes = 8 * 1024 * 1024;

/** How much of the answer to a request GitPulse reads. */
export function findBodyLimit(url: URL): number {
  return /\/repository\/files\/[^/]+\/raw$/.test(url.pathname) ? maxRawFileBytes : maxJsonPageBytes;
}

/** The body was cut off at the limit; `bytesRead` is what arrived before (0 when Content-Length said so). */
export class BodyTooLargeError extends Error {
  constructor(
    readonly limitBytes: number,
    readonly bytesRead: number,
  ) {
    super(`body over ${limitBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads a response's body as text, at most `limitBytes` of it. A Content-Length over the limit is
 * refused before reading; the count while streaming covers a missing or false one, and bodies that
 * a Content-Encoding inflates far past the bytes on the wire. Stops the download when it refuses.
 */
export async function readCappedBody(response: Response, limitBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '');
  // Content-Length counts encoded bytes; only an unencoded body is known to be too large from it.
  const isEncoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  if (!isEncoded && Number.isFinite(declared) && declared > limitBytes) {
    await response.body?.cancel();
    throw new BodyTooLargeError(limitBytes, 0);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytesRead = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytesRead += value.byteLength;
    if (bytesRead > limitBytes) {
      await reader.cancel();
      throw new BodyTooLargeError(limitBytes, bytesRead);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** "1 MB", "8 MB": the limits are whole mebibytes. */
export function formatLimit(limitBytes: number): string {
  return `${Math.round(limitBytes / (1024 * 1024))} MB`;
}
