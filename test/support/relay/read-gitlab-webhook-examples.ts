import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** GitLab's documented example payloads, kept outside the repository (see test/README.md). */
export const webhookExamplesDir = process.env.GITPULSE_WEBHOOK_EXAMPLES ?? '/work/shared/data/gitlab-webhooks';

export interface WebhookExample {
  file: string;
  /** The X-Gitlab-Event header GitLab sends with it, e.g. `Job Hook`. */
  event: string;
  /** The payload's object_kind, e.g. `build` for a job. */
  objectKind: string;
  /** The body exactly as printed in GitLab's docs. */
  body: string;
}

interface HeadersFile {
  eventDetails: Record<string, { 'X-Gitlab-Event': string; object_kind: string }>;
}

export function readGitlabWebhookExamples(): WebhookExample[] {
  const index = JSON.parse(readFileSync(join(webhookExamplesDir, 'headers.json'), 'utf8')) as HeadersFile;
  return Object.entries(index.eventDetails).map(([file, details]) => ({
    file,
    event: details['X-Gitlab-Event'],
    objectKind: details.object_kind,
    body: readFileSync(join(webhookExamplesDir, file), 'utf8'),
  }));
}
