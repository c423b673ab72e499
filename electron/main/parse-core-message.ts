import type { AnyEvent } from '../../shared/api/events';
import type { ApiResult } from '../../shared/api/result';
import type { CoreMessage } from '../core/host-protocol';

/**
 * Checks the shape of a message from the core process before the host acts on it. The core is our
 * own code, but a malformed message would leave a renderer call waiting forever, so it is dropped and
 * logged instead. Payloads pass through as they are: the core built them from the contract's schemas.
 */
export function parseCoreMessage(data: unknown): CoreMessage | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'ready':
      return { type: 'ready' };
    case 'start-failed':
      return typeof data.message === 'string' ? { type: 'start-failed', message: data.message } : null;
    case 'result':
      return typeof data.id === 'number' && Number.isSafeInteger(data.id) && isApiResult(data.result)
        ? { type: 'result', id: data.id, result: data.result }
        : null;
    case 'event':
      return isEvent(data.event) ? { type: 'event', event: data.event } : null;
    case 'print-pdf':
      return typeof data.id === 'number' && Number.isSafeInteger(data.id) && typeof data.html === 'string'
        ? { type: 'print-pdf', id: data.id, html: data.html }
        : null;
    default:
      return null;
  }
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (!isRecord(value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && isRecord(value.error) && typeof value.error.code === 'string' && typeof value.error.message === 'string';
}

function isEvent(value: unknown): value is AnyEvent {
  return isRecord(value) && typeof value.name === 'string' && 'payload' in value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
