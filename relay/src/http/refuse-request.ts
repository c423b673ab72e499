import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './send-json';

/** Bodies up to this size are read and dropped after a refusal, so the connection can be reused. */
const reusableBodyBytes = 64 * 1024;

/**
 * Refuses a request from an onRequest hook, before fastify reads its body. A small body is discarded
 * and the connection stays open; a large or unknown one closes the connection instead of reading
 * megabytes for nothing.
 */
export function refuseRequest(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): FastifyReply {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  const isSmall = request.raw.complete || (Number.isFinite(declared) && declared <= reusableBodyBytes);
  sendError(reply, status, code, message, isSmall ? headers : { ...headers, connection: 'close' });
  if (isSmall) request.raw.resume();
  return reply;
}
