import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnyEvent } from '../../../shared/api/events';
import type { HostMessage } from '../../../electron/core/host-protocol';

/** Stands in for Electron's UtilityProcess: records what the host posts, lets a test answer or crash. */
class FakeUtilityProcess extends EventEmitter {
  readonly posted: HostMessage[] = [];
  isKilled = false;

  postMessage(message: HostMessage): void {
    this.posted.push(message);
  }

  kill(): boolean {
    this.isKilled = true;
    this.emit('exit', 9);
    return true;
  }

  answer(id: number, value: unknown): void {
    this.emit('message', { type: 'result', id, result: { ok: true, value } });
  }

  callIds(): number[] {
    return this.posted.flatMap((message) => (message.type === 'call' ? [message.id] : []));
  }
}

const forked: FakeUtilityProcess[] = [];

// Electron is outside the project and has no binary here; only utilityProcess.fork is faked.
vi.mock('electron', () => ({
  utilityProcess: {
    fork: vi.fn(() => {
      const child = new FakeUtilityProcess();
      forked.push(child);
      return child;
    }),
  },
}));

const { startCoreHost } = await import('../../../electron/main/core-host');

/** Prints like main's printToPDF would, or fails like it when the page says FAIL. */
async function printPdf(html: string): Promise<Uint8Array> {
  if (html.includes('FAIL')) throw new Error('printing failed');
  return new TextEncoder().encode(`%PDF-${html.length}`);
}

function startHost(onEvent: (event: AnyEvent) => void = () => undefined) {
  return startCoreHost({ entryPath: '/app/out/main/core.js', dataDir: '/data/GitPulse', onEvent, stopTimeoutMs: 1_000, printPdf });
}

function latestChild(): FakeUtilityProcess {
  const child = forked.at(-1);
  if (!child) throw new Error('no core process was forked');
  return child;
}

beforeEach(() => {
  forked.length = 0;
  vi.useFakeTimers();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('startCoreHost', () => {
  it('sends the data folder first, then each call with its own id', () => {
    const host = startHost();
    void host.call('app.info', {});
    void host.call('courses.list', {});
    const [start, ...calls] = latestChild().posted;
    expect(start).toEqual({ type: 'start', dataDir: '/data/GitPulse' });
    expect(calls).toEqual([
      { type: 'call', id: 1, method: 'app.info', input: {} },
      { type: 'call', id: 2, method: 'courses.list', input: {} },
    ]);
  });

  it('resolves each call with the answer that carries its id, in any order', async () => {
    const host = startHost();
    const info = host.call('app.info', {});
    const courses = host.call('courses.list', {});
    const child = latestChild();
    child.answer(2, ['course-a']);
    child.answer(1, { version: '0.1.0' });
    await expect(info).resolves.toEqual({ ok: true, value: { version: '0.1.0' } });
    await expect(courses).resolves.toEqual({ ok: true, value: ['course-a'] });
  });

  it('forwards pushed events and ignores malformed messages', () => {
    const events: AnyEvent[] = [];
    startHost((event) => events.push(event));
    const child = latestChild();
    child.emit('message', { type: 'event', event: { name: 'data.changed', payload: { tables: ['courses'] } } });
    child.emit('message', { type: 'event', event: 'garbage' });
    expect(events).toEqual([{ name: 'data.changed', payload: { tables: ['courses'] } }]);
  });

  it('fails calls in flight with an internal error when the core crashes, then starts a new core', async () => {
    const host = startHost();
    const inFlight = host.call('sync.run', {});
    latestChild().emit('exit', 1);
    await expect(inFlight).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });

    expect(forked).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(forked).toHaveLength(2);
    expect(latestChild().posted[0]).toEqual({ type: 'start', dataDir: '/data/GitPulse' });
  });

  it('holds calls made while the core restarts and sends them to the new core', async () => {
    const host = startHost();
    latestChild().emit('exit', 1);
    const waiting = host.call('courses.list', {});
    await vi.advanceTimersByTimeAsync(1_000);
    const replacement = latestChild();
    expect(replacement.callIds()).toHaveLength(1);
    replacement.answer(replacement.callIds()[0] ?? -1, []);
    await expect(waiting).resolves.toEqual({ ok: true, value: [] });
  });

  it('stops restarting a core that keeps crashing and answers every call with an error', async () => {
    const host = startHost();
    for (let crash = 0; crash < 10 && forked.length === crash + 1; crash++) {
      latestChild().emit('exit', 1);
      await vi.advanceTimersByTimeAsync(10_000);
    }
    const restarts = forked.length;
    expect(restarts).toBeLessThan(10);
    await expect(host.call('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(forked).toHaveLength(restarts);
  });

  it('asks the core to shut down on stop and does not restart it when it exits', async () => {
    const host = startHost();
    const inFlight = host.call('sync.run', {});
    const child = latestChild();
    const stopped = host.stop();
    expect(child.posted.at(-1)).toEqual({ type: 'shutdown' });
    await expect(inFlight).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
    child.emit('exit', 0);
    await stopped;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(forked).toHaveLength(1);
    expect(child.isKilled).toBe(false);
    await expect(host.call('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('kills a core that does not exit in time after being asked to stop', async () => {
    const host = startHost();
    const stopped = host.stop();
    await vi.advanceTimersByTimeAsync(1_000);
    await stopped;
    expect(latestChild().isKilled).toBe(true);
    expect(forked).toHaveLength(1);
  });

  it('forwards power notices only to a running core', async () => {
    const host = startHost();
    host.notifyPower('suspend');
    expect(latestChild().posted.at(-1)).toEqual({ type: 'power', state: 'suspend' });
    latestChild().emit('exit', 1);
    host.notifyPower('resume');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(latestChild().posted).toEqual([{ type: 'start', dataDir: '/data/GitPulse' }]);
  });

  it('prints the report the core asks for and answers with the bytes or the failure', async () => {
    startHost();
    const child = latestChild();
    child.emit('message', { type: 'print-pdf', id: 7, html: '<p>report</p>' });
    child.emit('message', { type: 'print-pdf', id: 8, html: 'FAIL' });
    await vi.advanceTimersByTimeAsync(0);
    expect(child.posted.slice(1)).toEqual([
      { type: 'pdf-printed', id: 7, pdf: new TextEncoder().encode('%PDF-13') },
      { type: 'pdf-failed', id: 8, message: 'printing failed' },
    ]);
  });
});
