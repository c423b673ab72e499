import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/api/events';
import { syncResources } from '../../../shared/domain/sync';
import { describeProgress, formatProgressLine, truncateMiddle } from '../../../electron/cli/show-sync-progress';

const longTeam = 'teaching/software-engineering-2026/cohort-b/team-04-the-long-name';

const progress = (over: Partial<EventPayload<'sync.progressed'>> = {}): EventPayload<'sync.progressed'> => ({
  courseId: 1,
  course: 'se-2026',
  phase: 'syncing-team',
  team: longTeam,
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

const widthOf = (line: string) => [...line].length;

/** The part of a line between "teams · " and the resource, where the team path goes. */
const teamShownIn = (line: string) => /teams · (.*?)(?:: |$)/.exec(line)?.[1] ?? '';

describe('the CLI progress line', () => {
  it('says everything when the terminal is wide enough', () => {
    expect(describeProgress(progress())).toBe(`3/8 teams · ${longTeam}: merge requests · 412 requests · ~1 min left`);
    expect(formatProgressLine(progress(), 160)).toBe(`[#########...............] 3/8 teams · ${longTeam}: merge requests · 412 requests · ~1 min left`);
  });

  it('fits 80 columns by cutting the middle of the team path and leaving out the request count, keeping the estimate', () => {
    expect(formatProgressLine(progress(), 80)).toBe('[####......] 3/8 teams · teachin…04-the-long-name: merge requests · ~1 min left');
    expect(widthOf(formatProgressLine(progress(), 80))).toBe(79);
    expect(formatProgressLine(progress({ team: 'g/team-04' }), 80)).toBe('[####......] 3/8 teams · g/team-04: merge requests · 412 requests · ~1 min left');
  });

  it('fits 40 columns without the bar, the estimate or the count, keeping both ends of the team path', () => {
    expect(formatProgressLine(progress(), 40)).toBe('3/8 teams · tea…ng-name: merge requests');
  });

  it('keeps the resource at 40 columns for a usual team path, whose last seven characters name the team', () => {
    expect(formatProgressLine(progress({ team: 'teaching/se-2026/cohort-a/team-03' }), 40)).toBe('3/8 teams · tea…team-03: merge requests');
  });

  it('never passes the width and always keeps both ends of the team path, for every resource and width', () => {
    for (const columns of [20, 30, 40, 50, 59, 60, 79, 80, 99, 100, 120]) {
      for (const resource of syncResources) {
        for (const etaMs of [null, 9_000, 7_200_000]) {
          const line = formatProgressLine(progress({ resource, etaMs, requests: 123_456 }), columns);
          expect(widthOf(line), `${columns} columns: ${line}`).toBeLessThanOrEqual(columns - 1);
          const shown = teamShownIn(line);
          expect(shown.startsWith('t') && shown.endsWith('e'), `${columns} columns: ${line}`).toBe(true);
        }
      }
    }
  });

  it('shows no estimate until the core offers one', () => {
    expect(describeProgress(progress({ etaMs: null, team: 'g/team-01' }))).toBe('3/8 teams · g/team-01: merge requests · 412 requests');
  });

  it('cuts the listing and the summary at their end only when nothing else fits', () => {
    expect(formatProgressLine(progress({ phase: 'listing-projects', team: null, resource: 'project' }), 20)).toBe('Listing team proje…');
    expect(formatProgressLine(progress({ phase: 'done', teamsDone: 8, team: null, resource: null }), 30)).toBe('Synced 8 teams (412 requests)');
    expect(formatProgressLine(progress({ phase: 'done', teamsDone: 8, team: null, resource: null }), 25)).toBe('Synced 8 teams');
  });

  it('cuts a text in its middle, keeping more of its end', () => {
    expect(truncateMiddle('abcdefghij', 7)).toBe('ab…ghij');
    expect(truncateMiddle('short', 7)).toBe('short');
  });
});
