import { randomUUID } from 'node:crypto';

export interface Delivery {
  body: string;
  event?: string;
  /** Omitted: no X-Gitlab-Token header at all. */
  token?: string;
  /** Omitted: a fresh one; null: no Idempotency-Key header (an older GitLab). */
  idempotencyKey?: string | null;
  headers?: Record<string, string>;
}

export interface DeliveryAnswer {
  status: number;
  body: string;
  headers: Headers;
}

/** POSTs a delivery the way GitLab does, with its headers. */
export async function deliverWebhook(relayUrl: string, delivery: Delivery): Promise<DeliveryAnswer> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'GitLab/17.5.1',
    'x-gitlab-event': delivery.event ?? 'Push Hook',
    'x-gitlab-instance': 'https://gitlab.example.com',
    'x-gitlab-webhook-uuid': randomUUID(),
    'x-gitlab-event-uuid': randomUUID(),
    ...delivery.headers,
  };
  if (delivery.token !== undefined) headers['x-gitlab-token'] = delivery.token;
  if (delivery.idempotencyKey !== null) headers['idempotency-key'] = delivery.idempotencyKey ?? randomUUID();
  const response = await fetch(`${relayUrl}/api/v1/webhooks/gitlab`, { method: 'POST', headers, body: delivery.body });
  return { status: response.status, body: await response.text(), headers: response.headers };
}
