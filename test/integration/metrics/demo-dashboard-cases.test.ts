import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { TeamDetail } from '../../../shared/domain/team-detail';
import { openDemoTeamDetails } from '../../support/open-demo-team-details';
import { makeTempDir } from '../../support/temp-dir';

describe('the demo course has what the dashboards are for', () => {
  const temp = makeTempDir();
  let core: Core;
  let details: TeamDetail[];

  beforeAll(async () => {
    ({ core, details } = await openDemoTeamDetails(temp.path));
  });
  afterAll(() => {
    core.close();
    temp.cleanup();
  });

  it('has unmatched authors whose commits belong to a member, with sample titles', () => {
    const unmatched = details.flatMap((d) => d.unmatchedAuthors);
    expect(unmatched.map((a) => a.email).sort()).toEqual(['mateo@mateos-laptop.local', 'ubuntu@ubuntu-vm']);
    for (const author of unmatched) {
      expect(author.commits).toBeGreaterThan(2);
      expect(author.sampleTitles).toHaveLength(3);
    }
  });

  it('has a student with almost nothing', () => {
    const members = details.flatMap((d) => d.team.members);
    expect(members.some((m) => m.commits <= 3 && m.mergeRequestsOpened === 0)).toBe(true);
  });

  it('has a team whose default branch stays red for weeks', () => {
    const redWeeks = details.map((d) => {
      let run = 0;
      let best = 0;
      for (const week of d.weekly) {
        run = week.successRate !== null && week.successRate < 0.5 ? run + 1 : 0;
        best = Math.max(best, run);
      }
      return best;
    });
    expect(Math.max(...redWeeks)).toBeGreaterThanOrEqual(2);
  });

  it('has a team whose coverage crosses the course threshold', () => {
    const crossing = details.filter(
      (d) => d.coverage.some((c) => c.coverage < d.coverageThreshold) && d.coverage.some((c) => c.coverage >= d.coverageThreshold),
    );
    expect(crossing.length).toBeGreaterThan(0);
    expect(crossing[0]?.coverage.length).toBeGreaterThan(14);
  });
});
