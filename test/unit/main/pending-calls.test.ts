import { describe, expect, it } from 'vitest';
import { createPendingCalls } from '../../../electron/main/pending-calls';

describe('createPendingCalls', () => {
  it('settles each call with the answer that carries its id', async () => {
    const pending = createPendingCalls();
    const first = pending.add();
    const second = pending.add();
    expect(pending.settle(second.id, { ok: true, value: 'second' })).toBe(true);
    expect(pending.settle(first.id, { ok: true, value: 'first' })).toBe(true);
    await expect(first.result).resolves.toEqual({ ok: true, value: 'first' });
    await expect(second.result).resolves.toEqual({ ok: true, value: 'second' });
    expect(pending.size).toBe(0);
  });

  it('never reuses an id, so a late answer cannot settle a newer call', () => {
    const pending = createPendingCalls();
    const ids = Array.from({ length: 5 }, () => pending.add().id);
    expect(new Set(ids).size).toBe(5);
  });

  it('ignores an answer for an unknown or already settled call', () => {
    const pending = createPendingCalls();
    const call = pending.add();
    pending.settle(call.id, { ok: true, value: 1 });
    expect(pending.settle(call.id, { ok: true, value: 2 })).toBe(false);
    expect(pending.settle(999, { ok: true, value: 3 })).toBe(false);
  });

  it('fails every open call with the same error value', async () => {
    const pending = createPendingCalls();
    const calls = [pending.add(), pending.add()];
    pending.failAll({ code: 'internal', message: 'core crashed' });
    for (const call of calls) {
      await expect(call.result).resolves.toEqual({ ok: false, error: { code: 'internal', message: 'core crashed' } });
    }
    expect(pending.size).toBe(0);
  });
});
