import type { FastifyReply } from 'fastify';

/** Answers with a JSON body; `body` may be an already serialised JSON string (the events feed builds its own). */
export function sendJson(reply: FastifyReply, status: number, body: unknown, headers: Record<string, string> = {}): FastifyReply {
  return reply
    .code(status)
    .headers({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers })
    .send(typeof body === 'string' ? body : JSON.stringify(body));
}

/** Answers `{ error: { code, message } }`, the shape every refusal has. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string, headers: Record<string, string> = {}): FastifyReply {
  return sendJson(reply, status, { error: { code, message } }, headers);
}
