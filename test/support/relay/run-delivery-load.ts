import { readGitlabWebhookExamples } from './read-gitlab-webhook-examples';

export type DeliveryRole = 'original' | 'duplicate' | 'bad-token' | 'malformed';

export interface PlannedDelivery {
  index: number;
  role: DeliveryRole;
  event: string;
  body: string;
  token: string;
  idempotencyKey: string;
}

export interface DeliveryOutcome {
  delivery: PlannedDelivery;
  /** The HTTP status, or null when the request failed (the relay was killed, say). */
  status: number | null;
  latencyMs: number;
}

/**
 * A fixed, reproducible mix of deliveries built from GitLab's example payloads: spread over 100 projects; every tenth repeats
 * an earlier delivery (same Idempotency-Key and body, as a GitLab retry would), every twentieth carries
 * a wrong token and every fiftieth a body cut short. The rest are distinct events.
 */
export function planDeliveries(count: number, secret: string): PlannedDelivery[] {
  const examples = readGitlabWebhookExamples();
  const planned: PlannedDelivery[] = [];
  const originals: PlannedDelivery[] = [];
  for (let index = 0; index < count; index++) {
    const example = examples[index % examples.length] ?? examples[0];
    if (!example) throw new Error('No webhook examples found.');
    const base = { index, event: example.event, body: inProject(example.body, 1000 + (index % 100)), token: secret, idempotencyKey: `load-${index}` };
    const earlier = originals[Math.floor(originals.length / 2)];
    if (index % 20 === 19) planned.push({ ...base, role: 'bad-token', token: `${secret}-wrong` });
    else if (index % 50 === 27) planned.push({ ...base, role: 'malformed', body: example.body.slice(0, example.body.length / 2) });
    else if (index % 10 === 5 && earlier) planned.push({ ...earlier, index, role: 'duplicate' });
    else {
      const original: PlannedDelivery = { ...base, role: 'original' };
      originals.push(original);
      planned.push(original);
    }
  }
  return planned;
}

/** The example moved to another project, as a course of many team projects sends them. */
function inProject(body: string, projectId: number): string {
  const payload = JSON.parse(body) as Record<string, unknown>;
  if (typeof payload.project === 'object' && payload.project !== null) (payload.project as Record<string, unknown>).id = projectId;
  if ('project_id' in payload) payload.project_id = projectId;
  return JSON.stringify(payload);
}

export interface LoadOptions {
  concurrency: number;
  /** Checked before each delivery; once true, senders stop taking new ones. */
  shouldStop?: () => boolean;
  /** Called after each answer. */
  onOutcome?: (outcome: DeliveryOutcome) => void;
}

/** Sends the deliveries from `concurrency` senders at once; each failure is recorded, not thrown. */
export async function runDeliveryLoad(relayUrl: string, deliveries: readonly PlannedDelivery[], options: LoadOptions): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  let next = 0;
  const send = async () => {
    for (;;) {
      if (options.shouldStop?.()) return;
      const delivery = deliveries[next++];
      if (!delivery) return;
      const started = performance.now();
      let status: number | null;
      try {
        const response = await fetch(`${relayUrl}/api/v1/webhooks/gitlab`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-gitlab-event': delivery.event,
            'x-gitlab-token': delivery.token,
            'idempotency-key': delivery.idempotencyKey,
          },
          body: delivery.body,
        });
        await response.arrayBuffer();
        status = response.status;
      } catch {
        status = null;
      }
      const outcome = { delivery, status, latencyMs: performance.now() - started };
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, send));
  return outcomes;
}

/** True for 2xx. */
export function isAccepted(outcome: DeliveryOutcome): boolean {
  return outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
}
