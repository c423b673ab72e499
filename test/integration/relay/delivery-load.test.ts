import { afterEach, describe, expect, it } from 'vitest';
import type { RelayFeedEvent } from '../../../shared/api/relay-feed';
import { probeCommittedKeys } from '../../support/relay/probe-committed-keys';
import { readWholeFeed } from '../../support/relay/read-relay-feed';
import { isAccepted, planDeliveries, runDeliveryLoad, type DeliveryOutcome } from '../../support/relay/run-delivery-load';
import { spawnRelay, type SpawnedRelay } from '../../support/relay/spawn-relay';
import { startTestRelay, testClientToken, testSecret, type TestRelay } from '../../support/relay/start-test-relay';
import { makeTempDir } from '../../support/temp-dir';

const secondClientToken = 'second-desktop-token';

/**
 * The invariant under load: every delivery answered 2xx is in the feed exactly once, and nothing the
 * relay refused (bad token, malformed body) is in it at all.
 */
function expectFeedMatchesAnswers(events: RelayFeedEvent[], outcomes: DeliveryOutcome[]): void {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.idempotencyKey, (counts.get(event.idempotencyKey) ?? 0) + 1);
  const stored = [...counts.entries()];
  expect(stored.filter(([, count]) => count !== 1)).toEqual([]);
  const accepted = new Set(outcomes.filter(isAccepted).map((outcome) => outcome.delivery.idempotencyKey));
  expect([...accepted].filter((key) => !counts.has(key))).toEqual([]);
  const refusedKeys = new Set(
    outcomes
      .filter((outcome) => outcome.delivery.role === 'bad-token' || outcome.delivery.role === 'malformed')
      .map((outcome) => outcome.delivery.idempotencyKey),
  );
  expect(stored.filter(([key]) => refusedKeys.has(key))).toEqual([]);
}

describe('the relay under load', () => {
  let relay: TestRelay | undefined;
  afterEach(async () => {
    await relay?.close();
    relay = undefined;
  });

  it('stores each of 5,000 deliveries from 50 senders exactly once when answered 2xx, and none it refused', async () => {
    relay = await startTestRelay({ clientTokens: [testClientToken, secondClientToken] });
    const deliveries = planDeliveries(5000, testSecret);
    // Each 2xx must come after its commit: look the delivery up from another connection on its answer.
    const probe = probeCommittedKeys(relay.dataDir);
    const answeredBeforeCommit: string[] = [];
    const outcomes = await runDeliveryLoad(relay.url, deliveries, {
      concurrency: 50,
      onOutcome: (outcome) => {
        if (isAccepted(outcome) && !probe.isCommitted(outcome.delivery.idempotencyKey)) answeredBeforeCommit.push(outcome.delivery.idempotencyKey);
      },
    });
    probe.close();
    expect(answeredBeforeCommit).toEqual([]);
    expect(outcomes).toHaveLength(5000);
    const byRole = (role: string) => outcomes.filter((outcome) => outcome.delivery.role === role);
    expect(byRole('bad-token').map((outcome) => outcome.status)).toEqual(byRole('bad-token').map(() => 401));
    expect(byRole('malformed').map((outcome) => outcome.status)).toEqual(byRole('malformed').map(() => 400));
    expect(byRole('duplicate').length).toBeGreaterThanOrEqual(450);
    // A project with more than 10 deliveries in flight gets 429 for the rest; anything else is a failure.
    const sendable = [...byRole('original'), ...byRole('duplicate')];
    expect(sendable.filter((outcome) => !isAccepted(outcome) && outcome.status !== 429)).toEqual([]);
    expect(sendable.filter(isAccepted).length).toBeGreaterThan(4000);

    const events = await readWholeFeed(relay.url, testClientToken);
    expectFeedMatchesAnswers(events, outcomes);
    // The second desktop client gets the very same events.
    expect(await readWholeFeed(relay.url, secondClientToken)).toEqual(events);
  });
});

describe('the relay killed under load', () => {
  const dir = makeTempDir('gitpulse-relay-kill-');
  let running: SpawnedRelay | undefined;
  afterEach(async () => {
    await running?.stop('SIGKILL');
    dir.cleanup();
  });

  it('loses no delivery it answered 2xx when SIGKILLed mid-load and restarted on the same data folder', async () => {
    const args = ['--port', '0', '--data-dir', dir.path, '--secret', testSecret, '--client-token', testClientToken];
    running = await spawnRelay(args);
    const deliveries = planDeliveries(5000, testSecret);
    const killed = running;
    let acceptedSoFar = 0;
    let isKilled = false;
    const probe = probeCommittedKeys(dir.path);
    const answeredBeforeCommit: string[] = [];
    const beforeKill = await runDeliveryLoad(killed.url, deliveries, {
      concurrency: 50,
      shouldStop: () => isKilled,
      onOutcome: (outcome) => {
        if (isAccepted(outcome)) acceptedSoFar++;
        if (isAccepted(outcome) && !probe.isCommitted(outcome.delivery.idempotencyKey)) answeredBeforeCommit.push(outcome.delivery.idempotencyKey);
        // Kill mid-stream: 49 other senders have requests in flight at this moment.
        if (acceptedSoFar === 1500 && !isKilled) {
          isKilled = true;
          killed.child.kill('SIGKILL');
        }
      },
    });
    await killed.stop('SIGKILL');
    probe.close();
    expect(killed.child.signalCode).toBe('SIGKILL');
    expect(answeredBeforeCommit).toEqual([]);
    const failed = beforeKill.filter((outcome) => outcome.status === null);

    running = await spawnRelay(args);
    const sent = new Set(beforeKill.map((outcome) => outcome.delivery.index));
    const afterRestart = await runDeliveryLoad(
      running.url,
      deliveries.filter((delivery) => !sent.has(delivery.index)),
      { concurrency: 50 },
    );
    const outcomes = [...beforeKill, ...afterRestart];
    expect(outcomes).toHaveLength(5000);
    expect(afterRestart.every((outcome) => outcome.status !== null)).toBe(true);

    const events = await readWholeFeed(running.url, testClientToken);
    expectFeedMatchesAnswers(events, outcomes);
    // Deliveries cut off by the kill may or may not have been committed; every one answered 2xx is there.
    expect(failed.length).toBeGreaterThan(0);
    expect(new Set(outcomes.filter(isAccepted).map((outcome) => outcome.delivery.idempotencyKey)).size).toBeGreaterThan(3500);
  });
});
