import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../http/send-json';

export type JsonBody = { text: string; value: unknown } | null;

/**
 * The request's body as JSON. Fastify has already read it within the route's bodyLimit (413 past
 * it) and kept the bytes (see createRelayServer), so the text stored is exactly what was sent. When
 * it is not JSON this answers 400 and returns null.
 */
export function readJsonBody(request: FastifyRequest, reply: FastifyReply): JsonBody {
  // No body at all (no Content-Type, no length) reads as empty text, which is not JSON either.
  const text = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    sendError(reply, 400, 'invalid_json', 'The body is not JSON.');
    return null;
  }
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
