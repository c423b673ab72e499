import { describe, expect, it } from 'vitest';
import { toUtcIso, toUtcIsoOrNull } from '../../../../electron/core/gitlab/to-utc-iso';

describe('toUtcIso', () => {
  it('turns a time in an instance time zone into the same instant in UTC with milliseconds', () => {
    expect(toUtcIso('2026-03-01T11:00:00.000+01:00')).toBe('2026-03-01T10:00:00.000Z');
    expect(toUtcIso('2026-03-01T05:00:00.250-05:30')).toBe('2026-03-01T10:30:00.250Z');
  });

  it('moves a time past midnight onto the previous UTC day', () => {
    expect(toUtcIso('2026-03-02T00:30:00.000+01:00')).toBe('2026-03-01T23:30:00.000Z');
  });

  it('adds milliseconds to times GitLab sends without them, as commit dates often are', () => {
    expect(toUtcIso('2026-03-01T11:00:00+01:00')).toBe('2026-03-01T10:00:00.000Z');
    expect(toUtcIso('2026-03-01T10:00:00Z')).toBe('2026-03-01T10:00:00.000Z');
  });

  it('keeps a missing time missing', () => {
    expect(toUtcIsoOrNull(null)).toBeNull();
  });
});
