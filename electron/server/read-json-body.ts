import type { IncomingMessage } from 'node:http';
import { maxLmsFileLength } from '../../shared/api/export-api';

/**
 * The largest input the contract takes is an LMS gradebook of 8 MB (export.gradeSheet), which JSON
 * escaping can grow (quotes and line breaks double); the contract's own schema then gives the exact
 * refusal. Anything beyond this is not a request the app makes.
 */
const maxBodyBytes = 3 * maxLmsFileLength;
const maxBodyLabel = `${Math.round(maxBodyBytes / 1_000_000)} MB`;

/** Reads a JSON request body of at most maxBodyBytes; returns an error message instead of throwing. */
export async function readJsonBody(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return { ok: false, message: `Request body is larger than ${maxBodyLabel}.` };
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'Request body is not valid JSON.' };
  }
}
