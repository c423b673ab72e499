import { describe, expect, it } from 'vitest';
import { validateCourseWindow } from '../../renderer/features/course-settings/validate-course-window';

describe('the course window form', () => {
  it('puts an impossible date next to its field', () => {
    expect(validateCourseWindow({ start: '2026-13-45', end: '' })).toEqual({ start: 'Starts on: 2026-13-45 is not a date (YYYY-MM-DD).' });
    expect(validateCourseWindow({ start: '2026-02-01', end: '2026-02-30' })).toEqual({ end: 'Ends on: 2026-02-30 is not a date (YYYY-MM-DD).' });
    expect(validateCourseWindow({ start: '', end: '2026-00-00' })).toEqual({ end: 'Ends on: 2026-00-00 is not a date (YYYY-MM-DD).' });
    expect(validateCourseWindow({ start: '2026-04-31', end: '2026-05-02' }).start).toMatch(/2026-04-31 is not a date/);
  });

  it('refuses an end before the start and accepts open or ordered windows', () => {
    expect(validateCourseWindow({ start: '2026-03-01', end: '2026-02-01' })).toEqual({ end: 'The course window ends before it starts.' });
    expect(validateCourseWindow({ start: '2026-02-01', end: '2026-02-01' })).toEqual({});
    expect(validateCourseWindow({ start: '', end: '' })).toEqual({});
  });
});
