import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { relayDatabaseFileName } from '../../../relay/src/store/open-relay-store';
import { deliverWebhook } from '../../support/relay/deliver-webhook';
import { fetchFeed, readWholeFeed } from '../../support/relay/read-relay-feed';
import { startTestRelay, testClientToken, testSecret, type TestRelay } from '../../support/relay/start-test-relay';

const otherClientToken = 'second-desktop-token';
const dayMs = 24 * 60 * 60 * 1000;

let relay: TestRelay | undefined;
afterEach(async () => {
  await relay?.close();
  relay = undefined;
});

async function started(overrides: Parameters<typeof startTestRelay>[0] = {}): Promise<TestRelay> {
  relay = await startTestRelay(overrides);
  return relay;
}

const push = (n: number) => JSON.stringify({ object_kind: 'push', n });

function countStoredEvents(dataDir: string): number {
  const db = new Database(join(dataDir, relayDatabaseFileName), { readonly: true });
  try {
    return Number(db.prepare('SELECT count(*) FROM events').pluck().get());
  } finally {
    db.close();
  }
}

describe('GET /api/v1/events', () => {
  it('refuses a missing or unknown client token with 401', async () => {
    const { url } = await started();
    const missing = await fetch(`${url}/api/v1/events?after=0`);
    const wrong = await fetchFeed(url, 'not-a-client', { after: 0 });
    const secretIsNotAClientToken = await fetchFeed(url, testSecret, { after: 0 });
    expect([missing.status, wrong.status, secretIsNotAClientToken.status]).toEqual([401, 401, 401]);
  });

  it('refuses a cursor, limit or wait that is not a whole number with 400', async () => {
    const { url } = await started();
    const queries: Record<string, string | number>[] = [{ after: -1 }, { after: 'abc' }, { limit: 0 }, { limit: '1.5' }, { wait: 'soon' }];
    for (const query of queries) {
      expect((await fetchFeed(url, testClientToken, query)).status, JSON.stringify(query)).toBe(400);
    }
  });

  it('returns the events after the cursor in order, a page at a time', async () => {
    const { url } = await started();
    for (let n = 0; n < 5; n++) await deliverWebhook(url, { body: push(n), token: testSecret });
    const first = await fetchFeed(url, testClientToken, { after: 0, limit: 2 });
    expect(first.feed?.events.map((event) => event.payload)).toEqual([
      { object_kind: 'push', n: 0 },
      { object_kind: 'push', n: 1 },
    ]);
    const second = await fetchFeed(url, testClientToken, { after: first.feed?.nextCursor ?? 0, limit: 2 });
    expect(second.feed?.events.map((event) => event.payload)).toEqual([
      { object_kind: 'push', n: 2 },
      { object_kind: 'push', n: 3 },
    ]);
    const rest = await fetchFeed(url, testClientToken, { after: second.feed?.nextCursor ?? 0, wait: 0 });
    expect(rest.feed?.events.map((event) => event.payload)).toEqual([{ object_kind: 'push', n: 4 }]);
    const none = await fetchFeed(url, testClientToken, { after: rest.feed?.nextCursor ?? 0, wait: 0 });
    expect(none.feed).toEqual({ events: [], nextCursor: rest.feed?.nextCursor });
  });

  it('gives each registered client every event', async () => {
    const { url } = await started({ clientTokens: [testClientToken, otherClientToken] });
    for (let n = 0; n < 4; n++) await deliverWebhook(url, { body: push(n), token: testSecret });
    const seenByFirst = await readWholeFeed(url, testClientToken);
    // The first client has acknowledged everything; the second must still get all of it.
    await fetchFeed(url, testClientToken, { after: seenByFirst.at(-1)?.cursor ?? 0, wait: 0 });
    relay?.prune();
    const seenBySecond = await readWholeFeed(url, otherClientToken);
    expect(seenByFirst.map((event) => event.payload)).toEqual([0, 1, 2, 3].map((n) => ({ object_kind: 'push', n })));
    expect(seenBySecond).toEqual(seenByFirst);
  });

  it('answers a long poll as soon as an event arrives while it waits', async () => {
    const { url } = await started({ longPollMs: 60_000 });
    const waiting = fetchFeed(url, testClientToken, { after: 0 });
    let isAnswered = false;
    void waiting.then(() => (isAnswered = true));
    // The poll is still open with nothing to return (it would otherwise answer at once or after a minute).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isAnswered).toBe(false);
    await deliverWebhook(url, { body: push(7), token: testSecret });
    const { feed } = await waiting;
    expect(feed?.events.map((event) => event.payload)).toEqual([{ object_kind: 'push', n: 7 }]);
  });

  it('answers a long poll with no events and the same cursor when the wait runs out', async () => {
    const { url } = await started({ longPollMs: 50 });
    const { feed } = await fetchFeed(url, testClientToken, { after: 0 });
    expect(feed).toEqual({ events: [], nextCursor: 0 });
  });

  it('without a cursor, resumes from what the client last acknowledged', async () => {
    const { url } = await started();
    for (let n = 0; n < 3; n++) await deliverWebhook(url, { body: push(n), token: testSecret });
    const all = (await fetchFeed(url, testClientToken, { after: 0, wait: 0 })).feed?.events ?? [];
    await fetchFeed(url, testClientToken, { after: all[1]?.cursor ?? 0, limit: 1, wait: 0 });
    const resumed = await fetchFeed(url, testClientToken, { wait: 0 });
    expect(resumed.feed?.events.map((event) => event.payload)).toEqual([{ object_kind: 'push', n: 2 }]);
  });
});

describe('pruning', () => {
  it('deletes events once every registered client has acknowledged them, and only then', async () => {
    const { url, dataDir } = await started({ clientTokens: [testClientToken, otherClientToken] });
    for (let n = 0; n < 3; n++) await deliverWebhook(url, { body: push(n), token: testSecret });
    const events = await readWholeFeed(url, testClientToken);
    const last = events.at(-1)?.cursor ?? 0;
    await fetchFeed(url, testClientToken, { after: last, wait: 0 });
    relay?.prune();
    expect(countStoredEvents(dataDir)).toBe(3);
    await fetchFeed(url, otherClientToken, { after: events[0]?.cursor ?? 0, wait: 0 });
    relay?.prune();
    expect(countStoredEvents(dataDir)).toBe(2);
    await fetchFeed(url, otherClientToken, { after: last, wait: 0 });
    relay?.prune();
    expect(countStoredEvents(dataDir)).toBe(0);
  });

  it('never hands out a deleted cursor again, so a client that fetched it misses nothing new', async () => {
    const { url } = await started();
    await deliverWebhook(url, { body: push(1), token: testSecret });
    const [first] = await readWholeFeed(url, testClientToken);
    await fetchFeed(url, testClientToken, { after: first?.cursor ?? 0, wait: 0 });
    relay?.prune();
    await deliverWebhook(url, { body: push(2), token: testSecret });
    const after = await readWholeFeed(url, testClientToken, first?.cursor ?? 0);
    expect(after.map((event) => event.payload)).toEqual([{ object_kind: 'push', n: 2 }]);
  });

  it('deletes events older than the retention even if a client never fetched them, on its interval', async () => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    const { url, dataDir } = await started({ retentionDays: 7, now: () => now, pruneIntervalMs: 20 });
    await deliverWebhook(url, { body: push(1), token: testSecret });
    now += 6 * dayMs;
    await deliverWebhook(url, { body: push(2), token: testSecret });
    expect(countStoredEvents(dataDir)).toBe(2);
    now += 2 * dayMs;
    await expect.poll(() => countStoredEvents(dataDir), { timeout: 10_000 }).toBe(1);
    expect((await readWholeFeed(url, testClientToken)).map((event) => event.payload)).toEqual([{ object_kind: 'push', n: 2 }]);
  });

  it('keeps recognising a resent delivery after its event was acknowledged and deleted', async () => {
    const { url } = await started();
    await deliverWebhook(url, { body: push(1), token: testSecret, idempotencyKey: 'resent-later' });
    const [first] = await readWholeFeed(url, testClientToken);
    await fetchFeed(url, testClientToken, { after: first?.cursor ?? 0, wait: 0 });
    relay?.prune();
    const resent = await deliverWebhook(url, { body: push(1), token: testSecret, idempotencyKey: 'resent-later' });
    expect(JSON.parse(resent.body)).toEqual({ status: 'duplicate' });
  });
});
