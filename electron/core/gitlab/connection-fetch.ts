import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { getCACertificates } from 'node:tls';
import { Agent, fetch as undiciFetch } from 'undici';

/** The connection's CA file cannot be used; the message names the file and what is wrong with it. */
export class CaFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaFileError';
  }
}

const pemCertificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

function readCaFile(caFile: string): string {
  if (!isAbsolute(caFile)) throw new CaFileError(`The CA file "${caFile}" must be given as an absolute path.`);
  let pem: string;
  try {
    pem = readFileSync(caFile, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new CaFileError(`Cannot read the CA file ${caFile}: ${why}.`);
  }
  if (!pemCertificate.test(pem)) throw new CaFileError(`The CA file ${caFile} holds no PEM certificate (-----BEGIN CERTIFICATE-----).`);
  return pem;
}

/**
 * The fetch for one GitLab connection. With a CA file (a self-hosted instance signed by a campus or
 * corporate authority) it trusts that CA on top of the usual roots, for this connection only:
 * NODE_EXTRA_CA_CERTS would have to be set before the process starts and would apply to every host.
 * Without one it is the global fetch. Throws CaFileError when the file is missing or not PEM.
 */
export function createConnectionFetch(caFile: string | null): typeof fetch {
  if (caFile === null) return fetch;
  const pem = readCaFile(caFile);
  // Node's bundled roots plus NODE_EXTRA_CA_CERTS ('default') and the OS store ('system'), so giving
  // a CA file never makes a host that was trusted before untrusted.
  const roots = new Set([...getCACertificates('default'), ...getCACertificates('system')]);
  const agent = new Agent({ connect: { ca: [pem, ...roots] } });
  // undici's own fetch, not the global one: the dispatcher must come from the same undici version.
  // Its Response is a different class with the same shape, hence the cast at this one boundary.
  const send = (input: string | URL | Request, init?: RequestInit) =>
    undiciFetch(input instanceof Request ? input.url : input, { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher: agent });
  return send as unknown as typeof fetch;
}
