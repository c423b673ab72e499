import { RelayFeedSchema, type RelayFeed } from '../../../shared/api/relay-feed';

/** The relay answered, but not with a feed: a refused token, a server error, an unreadable body. */
export class RelayError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'RelayError';
  }
}

export interface FeedRequest {
  url: string;
  token: string;
  after: number;
  limit: number;
  /** Seconds the relay may hold the request open when it has nothing new (0–30). */
  waitSeconds: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

function describeStatus(status: number): string {
  if (status === 401 || status === 403) return "The relay refused the client token (it must be one of the relay's --client-token values).";
  if (status === 404) return 'No GitPulse relay answers at this URL (404): check the address.';
  return `The relay answered HTTP ${status}.`;
}

/** One GET /api/v1/events (relay/README.md), parsed with the schema the relay writes by. */
export async function fetchRelayFeed(request: FeedRequest): Promise<RelayFeed> {
  const query = new URLSearchParams({ after: String(request.after), limit: String(request.limit), wait: String(request.waitSeconds) });
  // The long poll lasts up to `wait` seconds; past that plus a margin the connection is dead.
  const timeout = AbortSignal.timeout((request.waitSeconds + 15) * 1000);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await (request.fetch ?? fetch)(`${request.url}/api/v1/events?${query}`, { headers: { authorization: `Bearer ${request.token}` }, signal });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new RelayError(`The relay at ${request.url} cannot be reached (${reason}).`, null);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new RelayError(describeStatus(response.status), response.status);
  }
  const parsed = RelayFeedSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new RelayError('The relay answered with something that is not a GitPulse feed.', response.status);
  return parsed.data;
}
