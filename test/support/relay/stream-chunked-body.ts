import { request } from 'node:http';

/**
 * POSTs up to `totalBytes` with chunked encoding (no Content-Length), so the relay can only find the
 * size by counting; stops sending as soon as an answer arrives. Resolves with the status and how much
 * had been sent by then.
 */
export function streamChunkedBody(url: string, headers: Record<string, string>, totalBytes: number): Promise<{ status: number; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers });
    const chunk = Buffer.alloc(64 * 1024, ' ');
    let sentBytes = 0;
    let isAnswered = false;
    outgoing.on('response', (incoming) => {
      isAnswered = true;
      incoming.resume();
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, sentBytes }));
    });
    outgoing.on('error', (error) => {
      if (!isAnswered) reject(error);
    });
    const pump = () => {
      while (!isAnswered && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!outgoing.write(chunk)) {
          outgoing.once('drain', pump);
          return;
        }
      }
      if (!isAnswered) outgoing.end();
    };
    outgoing.write('[');
    pump();
  });
}
