import type { GitPulseBridge } from '../shared/api/bridge';
import { bridgeGlobalName } from '../shared/api/bridge';
import type { ApiTransport, MethodInput, MethodName, MethodOutput } from '../shared/api/contract';
import { contract } from '../shared/api/contract';
import type { AnyEvent } from '../shared/api/events';
import { eventSchemas } from '../shared/api/events';
import { apiErrorCodes, type ApiResult } from '../shared/api/result';
import { readPreviewSession } from './read-preview-session';

type EventListener = (event: AnyEvent) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isBridge(value: unknown): value is GitPulseBridge {
  return isRecord(value) && typeof value['call'] === 'function' && typeof value['subscribe'] === 'function';
}

/** The preload's bridge when running inside Electron; undefined in a plain browser. */
function findBridge(): GitPulseBridge | undefined {
  const candidate: unknown = Reflect.get(window, bridgeGlobalName);
  return isBridge(candidate) ? candidate : undefined;
}

function unreachable(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'unreachable', message } };
}

/**
 * Both transports hand us bytes we did not produce, so the envelope is checked before its value is
 * trusted: an unknown error code or a missing field becomes an 'internal' error with a readable message.
 */
function readEnvelope(method: string, body: unknown): ApiResult<unknown> {
  if (!isRecord(body) || typeof body['ok'] !== 'boolean') {
    return { ok: false, error: { code: 'internal', message: `The answer to ${method} is not an API result.` } };
  }
  if (body['ok']) return { ok: true, value: body['value'] };
  const error = body['error'];
  if (isRecord(error) && typeof error['message'] === 'string') {
    const code = apiErrorCodes.find((known) => known === error['code']) ?? 'internal';
    return { ok: false, error: { code, message: error['message'] } };
  }
  return { ok: false, error: { code: 'internal', message: `${method} failed without an error message.` } };
}

/** Checks one pushed event against its schema; unknown names and malformed payloads are dropped. */
function parseEvent(raw: unknown): AnyEvent | undefined {
  if (!isRecord(raw)) return undefined;
  const { name, payload } = raw;
  // One branch per event: TypeScript pairs each name with its payload type only through a literal.
  switch (name) {
    case 'sync.progressed': {
      const parsed = eventSchemas[name].safeParse(payload);
      return parsed.success ? { name, payload: parsed.data } : undefined;
    }
    case 'sync.finished': {
      const parsed = eventSchemas[name].safeParse(payload);
      return parsed.success ? { name, payload: parsed.data } : undefined;
    }
    case 'data.changed': {
      const parsed = eventSchemas[name].safeParse(payload);
      return parsed.success ? { name, payload: parsed.data } : undefined;
    }
    case 'connections.changed': {
      const parsed = eventSchemas[name].safeParse(payload);
      return parsed.success ? { name, payload: parsed.data } : undefined;
    }
    default:
      return undefined;
  }
}

async function readErrorMessage(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.json();
    const error = isRecord(body) ? body['error'] : undefined;
    return isRecord(error) && typeof error['message'] === 'string' ? error['message'] : undefined;
  } catch {
    return undefined;
  }
}

/** The loopback preview server: one POST per call, authenticated by the session secret of its launch. */
function createHttpDispatcher(): GitPulseBridge {
  const listeners = new Set<EventListener>();
  let source: EventSource | undefined;
  const session = readPreviewSession() ?? '';

  function openEvents(): void {
    let hasFailed = false;
    // EventSource cannot send headers; the query goes to this server only, unlike a cookie.
    source = new EventSource(`/api/events?session=${encodeURIComponent(session)}`);
    source.onmessage = (message: MessageEvent<string>) => {
      let raw: unknown;
      try {
        raw = JSON.parse(message.data);
      } catch {
        return;
      }
      const event = parseEvent(raw);
      if (event) for (const listener of listeners) listener(event);
    };
    source.onerror = () => {
      hasFailed = true;
    };
    // EventSource reconnects by itself, but whatever changed while it was away was never pushed:
    // announce a change so the stores re-fetch instead of showing stale numbers.
    source.onopen = () => {
      if (!hasFailed) return;
      hasFailed = false;
      for (const listener of listeners) listener({ name: 'data.changed', payload: { tables: [] } });
    };
  }

  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await fetch(`/api/call/${method}`, {
          method: 'POST',
          credentials: 'omit',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${session}` },
          body: JSON.stringify(input),
        });
      } catch {
        return unreachable('The GitPulse server does not answer. Is `gitpulse serve` still running?');
      }
      if (response.status !== 200) {
        // The contract only promises an ApiResult with status 200; anything else counts as not
        // reaching the core, but the server's own explanation (e.g. "sign in again") is kept.
        const explanation = await readErrorMessage(response);
        return unreachable(`The GitPulse server refused ${method} (HTTP ${response.status})${explanation ? `: ${explanation}` : '.'}`);
      }
      try {
        return readEnvelope(method, await response.json());
      } catch {
        return unreachable(`The GitPulse server sent an unreadable answer to ${method}.`);
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!source) openEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = undefined;
        }
      };
    },
  };
}

/** Wraps the bridge so a thrown IPC error still arrives as a value, like every other failure. */
function createBridgeDispatcher(bridge: GitPulseBridge): GitPulseBridge {
  return {
    async call(method, input) {
      try {
        return readEnvelope(method, await bridge.call(method, input));
      } catch (error) {
        return unreachable(`The GitPulse core did not answer ${method}: ${error instanceof Error ? error.message : 'unknown error'}.`);
      }
    },
    subscribe(listener) {
      return bridge.subscribe((raw: unknown) => {
        const event = parseEvent(raw);
        if (event) listener(event);
      });
    },
  };
}

/** Typed calls over a dispatcher; every value is checked against the contract's output schema. */
export function createApiClient(dispatcher: GitPulseBridge): ApiTransport {
  return {
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ApiResult<MethodOutput<M>>> {
      const result = await dispatcher.call(method, input);
      if (!result.ok) return result;
      const parsed = contract[method].output.safeParse(result.value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
        return {
          ok: false,
          error: { code: 'internal', message: `The answer to ${method} does not match the contract${where}: ${issue?.message ?? 'unknown issue'}.` },
        };
      }
      // The schema for `method` produced this value, so it is MethodOutput<M>; TypeScript cannot
      // narrow the indexed contract entry by the generic key on its own.
      return { ok: true, value: parsed.data as MethodOutput<M> };
    },
    subscribe: (listener) => dispatcher.subscribe(listener),
  };
}

/** Electron's preload bridge when present, otherwise the loopback HTTP preview server. */
export function pickDispatcher(): GitPulseBridge {
  const bridge = findBridge();
  return bridge ? createBridgeDispatcher(bridge) : createHttpDispatcher();
}

let transport: ApiTransport | undefined;

/**
 * The app's transport, picked on first use rather than at import: a module that imports the stores
 * can load without a window (renderer unit tests inject their own transport instead).
 */
export const api: ApiTransport = {
  call: (method, input) => (transport ??= createApiClient(pickDispatcher())).call(method, input),
  subscribe: (listener) => (transport ??= createApiClient(pickDispatcher())).subscribe(listener),
};
