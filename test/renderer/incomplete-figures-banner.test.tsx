import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Course } from '../../shared/domain/course';
import { IncompleteFiguresBanner } from '../../renderer/features/courses/IncompleteFiguresBanner';

const course: Course = {
  id: 1,
  name: 'se-2026',
  gitlabUrl: 'https://gitlab.example.edu',
  source: { kind: 'group', groupPath: 'teaching/se-2026' },
  isDemo: false,
  teamCount: 0,
  lastSyncedAt: null,
  createdAt: '2026-03-02T13:05:00.000Z',
  windowStart: null,
  windowEnd: null,
  syncIntervalMinutes: 60,
  lastSyncError: null,
  coverageThreshold: 60,
  timeZone: null,
};

describe('the banner of a course whose first sync never finished', () => {
  it('says the figures are incomplete, why and since when', () => {
    expect(renderToStaticMarkup(<IncompleteFiguresBanner course={course} />)).toMatch(
      /^<p class="incomplete-figures" role="status">Figures are incomplete since 2 Mar 2026, \d\d:05: the course has not been synced yet\. Sync the course to complete them\.<\/p>$/,
    );
    expect(renderToStaticMarkup(<IncompleteFiguresBanner course={{ ...course, teamCount: 4 }} />)).toContain('its first sync was stopped before it finished');
    expect(renderToStaticMarkup(<IncompleteFiguresBanner course={{ ...course, teamCount: 4, lastSyncError: 'GitLab rejected the token.' }} />)).toContain(
      'its first sync failed',
    );
  });

  it('shows nothing once a sync has finished, nor for the demo', () => {
    expect(renderToStaticMarkup(<IncompleteFiguresBanner course={{ ...course, lastSyncedAt: '2026-03-03T08:00:00.000Z' }} />)).toBe('');
    expect(renderToStaticMarkup(<IncompleteFiguresBanner course={{ ...course, isDemo: true }} />)).toBe('');
  });
});
