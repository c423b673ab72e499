import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SyncLeaseHolder } from '../../renderer/features/sync/SyncLeaseHolder';

describe('the sync bar of a course another process is syncing', () => {
  it('says which process holds the sync, on which host, and since when', () => {
    const since = '2026-03-02T10:00:00.000Z';
    const markup = renderToStaticMarkup(<SyncLeaseHolder heldBy={{ pid: 4242, host: 'lab-pc', since }} now={Date.parse(since) + 5 * 60_000} />);
    expect(markup).toContain('Being synced by another GitPulse process (pid 4242 on <bdi>lab-pc</bdi>)');
    expect(markup).toContain(`<time dateTime="${since}"`);
  });
});
