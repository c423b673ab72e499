import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../../shared/domain/calendar-date';
import { IsoDateSchema } from '../../../../shared/domain/course';

const impossible = ['2026-13-45', '2026-02-30', '2026-00-00', '2026-04-31', '2026-02-29', '2026-01-00', '2026-1-5', '26-01-05', '2026-01-05T00:00:00Z', ''];

describe('isCalendarDate', () => {
  it('refuses every impossible or malformed date instead of rolling it over', () => {
    for (const text of impossible) expect(isCalendarDate(text), text).toBe(false);
  });

  it('accepts real days, leap days included', () => {
    for (const text of ['2026-02-28', '2028-02-29', '2000-02-29', '2026-04-30', '2026-12-31', '2026-01-01']) expect(isCalendarDate(text), text).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
  });
});

describe('IsoDateSchema, the contract rule for every date', () => {
  it('names the value and the expected form', () => {
    const parsed = IsoDateSchema.safeParse('2026-13-45');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('2026-13-45 is not a date (YYYY-MM-DD)');
    expect(IsoDateSchema.safeParse('2026-02-16').success).toBe(true);
  });
});
