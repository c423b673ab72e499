import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/api/events';
import { describeProgress, formatProgressLine, truncateMiddle } from '../../../electron/cli/show-sync-progress';

const progress = (over: Partial<EventPayload<'sync.progressed'>> = {}): EventPayload<'sync.progressed'> => ({
  courseId: 1,
  course: 'se-2026',
  phase: 'syncing-team',
  team: 'teaching/software-engineering-2026/cohort-b/team-04-the-long-name',
  resource: 'mergeRequests',
  teamResourcesDone: 3,
  teamResourcesTotal: 9,
  teamsDone: 3,
  teamsTotal: 8,
  pages: 100,
  requests: 412,
  budgetLeft: 50,
  etaMs: 75_000,
  ...over,
});

describe('the CLI progress line', () => {
  it('says everything when the terminal is wide enough', () => {
    expect(describeProgress(progress())).toBe(
      '3/8 teams · teaching/software-engineering-2026/cohort-b/team-04-the-long-name: merge requests · 412 requests · ~1 min left',
    );
  });

  it('fits 80 columns by cutting the middle of the team path, keeping the team', () => {
    const line = formatProgressLine(progress(), 80);
    expect([...line].length).toBeLessThanOrEqual(79);
    expect(line).toBe('[####......] 3/8 teams · teaching/so…e-long-name: merge requests · 412 requests');
    expect([...formatProgressLine(progress({ team: 'g/team-04' }), 80)].length).toBeLessThanOrEqual(79);
    expect(formatProgressLine(progress({ team: 'g/team-04' }), 80)).toBe('[####......] 3/8 teams · g/team-04: merge requests · 412 requests · ~1 min left');
  });

  it('drops the estimate before the team path gets too short to read, and never passes the width', () => {
    for (const columns of [40, 50, 60, 80, 120]) {
      expect([...formatProgressLine(progress(), columns)].length, String(columns)).toBeLessThanOrEqual(columns - 1);
    }
    expect(formatProgressLine(progress(), 100)).toContain('~1 min left');
  });

  it('shows no estimate until the core offers one', () => {
    expect(describeProgress(progress({ etaMs: null, team: 'g/team-01' }))).toBe('3/8 teams · g/team-01: merge requests · 412 requests');
  });

  it('cuts a text in its middle', () => {
    expect(truncateMiddle('abcdefghij', 7)).toBe('abc…hij');
    expect(truncateMiddle('short', 7)).toBe('short');
  });
});
