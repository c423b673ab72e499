import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from './send-json';

/** Bodies up to this size are read and dropped after a refusal, so the connection can be reused. */
const reusableBodyBytes = 64 * 1024;

/**
 * Refuses a request without reading its body. A small body is discarded by Node and the connection
 * stays open; a large or unknown one closes the connection instead of reading megabytes for nothing.
 */
export function refuseRequest(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  const isSmall = request.complete || (Number.isFinite(declared) && declared <= reusableBodyBytes);
  sendError(response, status, code, message, isSmall ? headers : { ...headers, connection: 'close' });
  if (isSmall) request.resume();
}
