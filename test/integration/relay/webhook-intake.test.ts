import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCidr, type Cidr } from '../../../relay/src/net/parse-cidr';
import { deliverWebhook } from '../../support/relay/deliver-webhook';
import { readGitlabWebhookExamples } from '../../support/relay/read-gitlab-webhook-examples';
import { readWholeFeed } from '../../support/relay/read-relay-feed';
import { startTestRelay, testClientToken, testSecret, type TestRelay } from '../../support/relay/start-test-relay';
import { streamChunkedBody } from '../../support/relay/stream-chunked-body';

const examples = readGitlabWebhookExamples();
const cidrs = (...texts: string[]): Cidr[] => texts.map((text) => parseCidr(text) ?? expect.unreachable(`bad range ${text}`));

let relay: TestRelay | undefined;
afterEach(async () => {
  await relay?.close();
  relay = undefined;
});

async function started(overrides: Parameters<typeof startTestRelay>[0] = {}): Promise<TestRelay> {
  relay = await startTestRelay(overrides);
  return relay;
}

describe('POST /api/v1/webhooks/gitlab', () => {
  it('accepts every documented event kind with GitLab’s headers and delivers each through the feed as received', async () => {
    const { url } = await started();
    expect(examples.map((example) => example.objectKind)).toEqual(
      expect.arrayContaining(['push', 'tag_push', 'merge_request', 'note', 'issue', 'pipeline', 'build', 'deployment', 'release']),
    );
    const keys: string[] = [];
    for (const example of examples) {
      const key = randomUUID();
      keys.push(key);
      const answer = await deliverWebhook(url, { body: example.body, event: example.event, token: testSecret, idempotencyKey: key });
      expect(answer.status, example.file).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ status: 'stored' });
    }
    const events = await readWholeFeed(url, testClientToken);
    expect(events.map((event) => event.kind)).toEqual(examples.map((example) => example.objectKind));
    expect(events.map((event) => event.idempotencyKey)).toEqual(keys);
    events.forEach((event, index) => {
      const example = examples[index] ?? expect.unreachable();
      expect(event.payload).toEqual(JSON.parse(example.body));
      expect(event.headers['x-gitlab-event']).toBe(example.event);
      expect(event.headers['x-gitlab-instance']).toBe('https://gitlab.example.com');
      expect(event.headers['x-gitlab-token']).toBeUndefined();
      expect(JSON.stringify(event)).not.toContain(testSecret);
    });
    const cursors = events.map((event) => event.cursor);
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
  });

  it('stores a kind it does not know, named by its object_kind or else by its X-Gitlab-Event', async () => {
    const { url } = await started();
    await deliverWebhook(url, { body: '{"object_kind":"emoji","event_type":"award"}', event: 'Emoji Hook', token: testSecret });
    await deliverWebhook(url, { body: '{"event_name":"project_create"}', event: 'Project Hook', token: testSecret });
    await deliverWebhook(url, { body: '{"something":1}', event: 'Resource Access Token Hook', token: testSecret });
    const events = await readWholeFeed(url, testClientToken);
    expect(events.map((event) => event.kind)).toEqual(['emoji', 'project_create', 'resource_access_token']);
  });

  it('refuses a wrong or missing X-Gitlab-Token with 401 and stores nothing', async () => {
    const { url } = await started({ secrets: ['old-secret', testSecret] });
    const body = examples[0]?.body ?? '';
    expect((await deliverWebhook(url, { body, token: 'not-the-secret' })).status).toBe(401);
    expect((await deliverWebhook(url, { body, token: `${testSecret}x` })).status).toBe(401);
    expect((await deliverWebhook(url, { body, token: '' })).status).toBe(401);
    expect((await deliverWebhook(url, { body })).status).toBe(401);
    expect(await readWholeFeed(url, testClientToken)).toEqual([]);
    // Either configured secret is accepted, so one can be rotated without downtime.
    expect((await deliverWebhook(url, { body, token: 'old-secret' })).status).toBe(200);
    expect(await readWholeFeed(url, testClientToken)).toHaveLength(1);
  });

  it('refuses a body that is not JSON, or not a JSON object, with 400 and stores nothing', async () => {
    const { url } = await started();
    for (const body of ['{"object_kind": "push",', 'object_kind=push', '', '[1,2]', '"push"', 'null']) {
      expect((await deliverWebhook(url, { body, token: testSecret })).status, body).toBe(400);
    }
    expect(await readWholeFeed(url, testClientToken)).toEqual([]);
  });

  it('refuses a declared Content-Length over 25 MB with 413 before reading the body', async () => {
    const { url } = await started();
    // Only the headers are sent: the relay must answer without waiting for 26 MB.
    const { status } = await streamChunkedBody(
      url + '/api/v1/webhooks/gitlab',
      { 'x-gitlab-token': testSecret, 'content-type': 'application/json', 'content-length': String(26 * 1024 * 1024) },
      0,
    );
    expect(status).toBe(413);
    expect(await readWholeFeed(url, testClientToken)).toEqual([]);
  });

  it('refuses a chunked body with no Content-Length as soon as it passes the limit', async () => {
    const { url } = await started({ maxBodyBytes: 256 * 1024 });
    const { status, sentBytes } = await streamChunkedBody(
      url + '/api/v1/webhooks/gitlab',
      { 'x-gitlab-token': testSecret, 'content-type': 'application/json' },
      64 * 1024 * 1024,
    );
    expect(status).toBe(413);
    expect(sentBytes).toBeLessThan(64 * 1024 * 1024);
    expect(await readWholeFeed(url, testClientToken)).toEqual([]);
  });

  it('refuses a real chunked body just over 25 MB and still accepts the next delivery', async () => {
    const { url } = await started();
    const { status } = await streamChunkedBody(
      url + '/api/v1/webhooks/gitlab',
      { 'x-gitlab-token': testSecret, 'content-type': 'application/json' },
      25 * 1024 * 1024 + 128 * 1024,
    );
    expect(status).toBe(413);
    expect((await deliverWebhook(url, { body: examples[0]?.body ?? '', token: testSecret })).status).toBe(200);
    expect(await readWholeFeed(url, testClientToken)).toHaveLength(1);
  });

  it('stores a delivery GitLab retries or resends with the same Idempotency-Key once', async () => {
    const { url } = await started();
    const body = examples[0]?.body ?? '';
    const key = randomUUID();
    const answers = await Promise.all([1, 2, 3].map(() => deliverWebhook(url, { body, token: testSecret, idempotencyKey: key })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.map((answer) => JSON.parse(answer.body).status).sort()).toEqual(['duplicate', 'duplicate', 'stored']);
    const later = await deliverWebhook(url, { body, token: testSecret, idempotencyKey: key });
    expect(JSON.parse(later.body)).toEqual({ status: 'duplicate' });
    expect(await readWholeFeed(url, testClientToken)).toHaveLength(1);
  });

  it('keeps two events that share an X-Gitlab-Event-UUID but not an Idempotency-Key', async () => {
    const { url } = await started();
    const eventUuid = randomUUID();
    const headers = { 'x-gitlab-event-uuid': eventUuid };
    await deliverWebhook(url, { body: '{"object_kind":"push","n":1}', token: testSecret, headers });
    await deliverWebhook(url, { body: '{"object_kind":"push","n":2}', token: testSecret, headers });
    expect(await readWholeFeed(url, testClientToken)).toHaveLength(2);
  });

  it('without an Idempotency-Key, treats the same event name and body as the same delivery', async () => {
    const { url } = await started();
    const body = examples[0]?.body ?? '';
    await deliverWebhook(url, { body, token: testSecret, idempotencyKey: null, event: 'Push Hook' });
    await deliverWebhook(url, { body, token: testSecret, idempotencyKey: null, event: 'Push Hook' });
    await deliverWebhook(url, { body, token: testSecret, idempotencyKey: null, event: 'Tag Push Hook' });
    const events = await readWholeFeed(url, testClientToken);
    expect(events).toHaveLength(2);
    expect(events[0]?.idempotencyKey).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('answers 429 with Retry-After beyond 10 deliveries in flight for one project, and stores only the admitted ones', async () => {
    let openGate = () => {};
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    const { url } = await started({ beforeCommit: () => gate });
    const bodyFor = (n: number, project: number) => JSON.stringify({ object_kind: 'push', project: { id: project }, n });
    // Twelve for project 5 at once: while the gate holds the admitted ones before their commit, the
    // only answers that can arrive are refusals, so two answers mean all twelve were counted.
    let answered = 0;
    let onTwoAnswered = () => {};
    const twoAnswered = new Promise<void>((resolve) => (onTwoAnswered = resolve));
    const deliveries = Array.from({ length: 12 }, (_, n) =>
      deliverWebhook(url, { body: bodyFor(n, 5), token: testSecret }).then((answer) => {
        if (++answered === 2) onTwoAnswered();
        return { n, answer };
      }),
    );
    await twoAnswered;
    const otherProject = deliverWebhook(url, { body: bodyFor(0, 6), token: testSecret });
    openGate();
    const results = await Promise.all(deliveries);
    const refused = results.filter((result) => result.answer.status === 429);
    const admitted = results.filter((result) => result.answer.status === 200);
    expect(refused).toHaveLength(2);
    expect(admitted).toHaveLength(10);
    expect(refused.map((result) => result.answer.headers.get('retry-after'))).toEqual(['1', '1']);
    expect((await otherProject).status).toBe(200);
    const payloads = (await readWholeFeed(url, testClientToken)).map((event) => event.payload as { n: number; project: { id: number } });
    expect(payloads).toHaveLength(11);
    expect(
      payloads
        .filter((payload) => payload.project.id === 5)
        .map((payload) => payload.n)
        .sort((a, b) => a - b),
    ).toEqual(admitted.map((result) => result.n).sort((a, b) => a - b));
  });
});

describe('the sender allowlist', () => {
  const body = '{"object_kind":"push"}';

  it('refuses an address outside the allowed ranges with 403 and stores nothing', async () => {
    const { url } = await started({ allow: cidrs('10.0.0.0/8', '2001:db8::/32') });
    expect((await deliverWebhook(url, { body, token: testSecret })).status).toBe(403);
    expect(await readWholeFeed(url, testClientToken)).toEqual([]);
  });

  it('admits an address inside the allowed ranges', async () => {
    const { url } = await started({ allow: cidrs('10.0.0.0/8', '127.0.0.0/8') });
    expect((await deliverWebhook(url, { body, token: testSecret })).status).toBe(200);
  });

  it('judges the address a trusted proxy forwarded in X-Forwarded-For', async () => {
    const { url } = await started({ allow: cidrs('10.0.0.0/8'), trustProxy: cidrs('127.0.0.1') });
    const fromInside = await deliverWebhook(url, {
      body: '{"object_kind":"push","n":1}',
      token: testSecret,
      headers: { 'x-forwarded-for': '203.0.113.9, 10.1.2.3' },
    });
    const fromOutside = await deliverWebhook(url, {
      body: '{"object_kind":"push","n":2}',
      token: testSecret,
      headers: { 'x-forwarded-for': '10.1.2.3, 192.0.2.7' },
    });
    expect([fromInside.status, fromOutside.status]).toEqual([200, 403]);
    expect((await readWholeFeed(url, testClientToken)).map((event) => event.payload)).toEqual([{ object_kind: 'push', n: 1 }]);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const { url } = await started({ allow: cidrs('10.0.0.0/8'), trustProxy: cidrs('192.0.2.1') });
    const spoofed = await deliverWebhook(url, { body, token: testSecret, headers: { 'x-forwarded-for': '10.1.2.3' } });
    expect(spoofed.status).toBe(403);
    expect(await readWholeFeed(url, testClientToken)).toEqual([]);
  });

  it('matches an IPv4 range against the IPv4-mapped address of a dual-stack listener', async () => {
    const { url } = await started({ host: '::', allow: cidrs('127.0.0.0/8') });
    const port = new URL(url).port;
    expect((await deliverWebhook(`http://127.0.0.1:${port}`, { body, token: testSecret })).status).toBe(200);
  });
});
