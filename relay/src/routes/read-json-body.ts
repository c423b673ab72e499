import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, readLimitedBody } from '../http/read-limited-body';
import { sendError } from '../http/send-json';

export type JsonBody = { text: string; value: unknown } | null;

/**
 * Reads a JSON body within `limit` bytes. On a refusal it has already answered (413 and close, or
 * 400) and returns null; a client that went away gets no answer.
 */
export async function readJsonBody(request: IncomingMessage, response: ServerResponse, limit: number): Promise<JsonBody> {
  let body: Buffer;
  try {
    body = await readLimitedBody(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) sendError(response, 413, 'payload_too_large', error.message, { connection: 'close' });
    return null;
  }
  const text = body.toString('utf8');
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    sendError(response, 400, 'invalid_json', 'The body is not JSON.');
    return null;
  }
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
