import { RelayFeedSchema, type RelayFeed, type RelayFeedEvent } from '../../../shared/api/relay-feed';

/** One GET /api/v1/events, parsed with the schema the desktop app uses. */
export async function fetchFeed(
  relayUrl: string,
  clientToken: string,
  query: Record<string, string | number>,
): Promise<{ status: number; feed: RelayFeed | null; text: string }> {
  const search = new URLSearchParams(Object.entries(query).map(([name, value]): [string, string] => [name, String(value)]));
  const response = await fetch(`${relayUrl}/api/v1/events?${search}`, { headers: { authorization: `Bearer ${clientToken}` } });
  const text = await response.text();
  return { status: response.status, feed: response.ok ? RelayFeedSchema.parse(JSON.parse(text)) : null, text };
}

/** Every event after `after`, page by page without waiting, as a client catching up would read them. */
export async function readWholeFeed(relayUrl: string, clientToken: string, after = 0): Promise<RelayFeedEvent[]> {
  const events: RelayFeedEvent[] = [];
  let cursor = after;
  for (;;) {
    const { feed, text } = await fetchFeed(relayUrl, clientToken, { after: cursor, limit: 1000, wait: 0 });
    if (!feed) throw new Error(`The feed refused: ${text}`);
    if (feed.events.length === 0) return events;
    events.push(...feed.events);
    cursor = feed.nextCursor;
  }
}
