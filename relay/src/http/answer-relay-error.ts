import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './send-json';

/**
 * Fastify's own refusals (body over the route's bodyLimit, a body shorter than its Content-Length, a
 * client gone mid-body) in the relay's `{ error }` shape; anything else is our bug and is logged.
 */
export function answerRelayError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    // The rest of the body is never read: close the connection rather than drain megabytes.
    return sendError(reply, 413, 'payload_too_large', `The body is larger than ${request.routeOptions.bodyLimit} bytes.`, { connection: 'close' });
  }
  const status = error.statusCode ?? 500;
  if (status < 500) return sendError(reply, status, 'bad_request', error.message);
  const path = request.url.split('?')[0] ?? '/';
  console.error(`gitpulse-relay: ${request.method} ${path} failed: ${error.stack ?? String(error)}`);
  return sendError(reply, 500, 'internal', 'The relay failed on this request.');
}
