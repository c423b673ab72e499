import { describe, expect, it } from 'vitest';
import { isIsoTimestamp } from '../../../../electron/core/gitlab/is-iso-timestamp';

describe('isIsoTimestamp', () => {
  it.each([
    '2026-03-01T10:00:00.000Z',
    '2026-03-01T11:00:00.000+01:00',
    '2025-03-06T09:40:20+00:00',
    '2024-02-29T23:59:59Z',
    '2026-03-01T10:00:00.123456789-0530',
  ])('accepts %s, as GitLab writes timestamps', (value) => expect(isIsoTimestamp(value)).toBe(true));

  it.each([
    'yesterday 3',
    'March 7',
    '1',
    '2026-02-31T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-03-01T25:00:00Z',
    '2026-03-01',
    '2026-03-01 10:00:00 UTC',
    '',
  ])('refuses %j, which Date.parse reads as some date or none', (value) => expect(isIsoTimestamp(value)).toBe(false));
});
