import { describe, expect, it } from 'vitest';
import { parseCoreMessage } from '../../../electron/main/parse-core-message';

describe('parseCoreMessage', () => {
  it('accepts successful and failed results with numeric ids', () => {
    expect(parseCoreMessage({ type: 'result', id: 7, result: { ok: true, value: { version: '0.1.0' } } })).toEqual({
      type: 'result',
      id: 7,
      result: { ok: true, value: { version: '0.1.0' } },
    });
    const failed = { type: 'result', id: 8, result: { ok: false, error: { code: 'not_found', message: 'No such course.' } } };
    expect(parseCoreMessage(failed)).toEqual(failed);
  });

  it('accepts a successful result whose value is undefined', () => {
    expect(parseCoreMessage({ type: 'result', id: 1, result: { ok: true, value: undefined } })).not.toBeNull();
  });

  it('accepts events, ready and start failures', () => {
    const event = { name: 'data.changed', payload: { tables: ['courses'] } };
    expect(parseCoreMessage({ type: 'event', event })).toEqual({ type: 'event', event });
    expect(parseCoreMessage({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(parseCoreMessage({ type: 'start-failed', message: 'disk full' })).toEqual({ type: 'start-failed', message: 'disk full' });
  });

  it('drops results without a usable id or result shape', () => {
    expect(parseCoreMessage({ type: 'result', id: '7', result: { ok: true, value: 1 } })).toBeNull();
    expect(parseCoreMessage({ type: 'result', id: 1.5, result: { ok: true, value: 1 } })).toBeNull();
    expect(parseCoreMessage({ type: 'result', id: 7, result: { ok: true } })).toBeNull();
    expect(parseCoreMessage({ type: 'result', id: 7, result: { ok: false, error: 'boom' } })).toBeNull();
  });

  it('accepts a print request with an id and HTML, and drops one without', () => {
    expect(parseCoreMessage({ type: 'print-pdf', id: 3, html: '<p>x</p>' })).toEqual({ type: 'print-pdf', id: 3, html: '<p>x</p>' });
    expect(parseCoreMessage({ type: 'print-pdf', id: 3 })).toBeNull();
    expect(parseCoreMessage({ type: 'print-pdf', id: 1.5, html: '' })).toBeNull();
  });

  it('drops anything else', () => {
    for (const data of [null, undefined, 42, 'ready', {}, { type: 'hello' }, { type: 'event', event: { name: 'x' } }, { type: 'start-failed' }]) {
      expect(parseCoreMessage(data)).toBeNull();
    }
  });
});
