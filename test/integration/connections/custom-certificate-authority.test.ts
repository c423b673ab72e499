import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { testConnection } from '../../../electron/core/connections/test-connection';
import { CaFileError, createConnectionFetch } from '../../../electron/core/gitlab/connection-fetch';
import type { GitlabSimulator } from '../../support/gitlab-simulator';
import { createSimulatedTokens, startSimulatorWithTokens } from '../../support/simulated-tokens';
import { makeTempDir } from '../../support/temp-dir';

const course = generateCourse({ teams: 1 });
const tokens = createSimulatedTokens(course);

/** A campus-style certificate authority and a server certificate for 127.0.0.1 signed by it. */
function createCertificateAuthority(dir: string): { caFile: string; key: Buffer; cert: Buffer } {
  const path = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    path('ca.key'),
    '-out',
    path('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=GitPulse Test Campus CA',
  );
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', path('server.key'), '-out', path('server.csr'), '-subj', '/CN=127.0.0.1');
  writeFileSync(path('san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl(
    'x509',
    '-req',
    '-in',
    path('server.csr'),
    '-CA',
    path('ca.pem'),
    '-CAkey',
    path('ca.key'),
    '-CAcreateserial',
    '-out',
    path('server.pem'),
    '-days',
    '2',
    '-extfile',
    path('san.ext'),
  );
  return { caFile: path('ca.pem'), key: readFileSync(path('server.key')), cert: readFileSync(path('server.pem')) };
}

/** HTTPS in front of the simulator, the way a self-hosted GitLab sits behind its TLS proxy. */
async function startTlsProxy(target: string, key: Buffer, cert: Buffer): Promise<{ url: string; server: Server }> {
  const server = createServer({ key, cert }, (incoming, outgoing) => {
    const forward = httpRequest(`${target}${incoming.url ?? '/'}`, { method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let temp: ReturnType<typeof makeTempDir>;
let sim: GitlabSimulator;
let proxy: { url: string; server: Server };
let caFile: string;

beforeAll(async () => {
  temp = makeTempDir();
  const authority = createCertificateAuthority(temp.path);
  caFile = authority.caFile;
  sim = await startSimulatorWithTokens(course, tokens);
  proxy = await startTlsProxy(sim.url, authority.key, authority.cert);
});

afterAll(async () => {
  proxy.server.closeAllConnections();
  await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
  await sim.close();
  temp.cleanup();
});

describe('a GitLab signed by its own certificate authority', () => {
  it('is untrusted without the CA file, with a hint to give one', async () => {
    const answer = await testConnection({ gitlabUrl: proxy.url, token: tokens.values.good, requestsPerMinute: 600, caFile: null });
    expect(answer).toMatchObject({ ok: false, status: 'unreachable' });
    expect(answer.message).toContain('give its PEM file as the connection’s CA file');
  });

  it('connects with the CA file', async () => {
    const answer = await testConnection({ gitlabUrl: proxy.url, token: tokens.values.good, requestsPerMinute: 600, caFile });
    expect(answer).toMatchObject({ ok: true, status: 'ok', scopes: ['read_api'] });
  });

  it('still trusts the usual roots and plain HTTP next to the CA file', async () => {
    const send = createConnectionFetch(caFile);
    expect((await send(`${sim.url}/api/v4/user`, { headers: { 'PRIVATE-TOKEN': tokens.values.good } })).status).toBe(200);
  });

  it('uses the global fetch when there is no CA file', () => {
    expect(createConnectionFetch(null)).toBe(fetch);
  });

  it('names the CA file when it is missing, not PEM, or not an absolute path', () => {
    const missing = join(temp.path, 'missing.pem');
    expect(() => createConnectionFetch(missing)).toThrow(new CaFileError(`Cannot read the CA file ${missing}: it does not exist.`));
    const notPem = join(temp.path, 'not-a-cert.pem');
    writeFileSync(notPem, 'hello');
    expect(() => createConnectionFetch(notPem)).toThrow(`The CA file ${notPem} holds no PEM certificate`);
    expect(() => createConnectionFetch('ca.pem')).toThrow('The CA file "ca.pem" must be given as an absolute path.');
  });
});
