import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { TeamDetail } from '../../shared/domain/team-detail';
import { describeMissingData } from '../../renderer/features/team/describe-missing-data';
import { openDemoTeamDetails } from '../support/open-demo-team-details';
import { makeTempDir } from '../support/temp-dir';

describe('describeMissingData on the demo course', () => {
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

  it('says nothing is missing for a team with CI and pipelines', () => {
    const healthy = details.find((d) => d.ciFile.content !== null && d.team.pipelines.total > 0);
    expect(healthy && describeMissingData(healthy)).toEqual([]);
  });

  it('says CI was switched off for the team that deleted its .gitlab-ci.yml, not that it did nothing', () => {
    const switchedOff = details.find((d) => d.ciFile.content === null);
    if (!switchedOff) throw new Error('the demo has a team without CI');
    expect(describeMissingData(switchedOff)).toEqual([
      'CI is switched off now: the default branch has no .gitlab-ci.yml, though pipelines ran earlier in the window.',
    ]);
  });

  it('names a course never synced, an unreachable project and a window without pipelines, most serious first', () => {
    const [first] = details;
    if (!first) throw new Error('the demo has teams');
    const missing = describeMissingData({
      isDemo: false,
      lastSyncedAt: null,
      ciFile: { ...first.ciFile, content: null },
      team: { ...first.team, isReachable: false, pipelines: { ...first.team.pipelines, total: 0 } },
    });
    expect(missing.map((line) => line.split(':')[0])).toEqual([
      'This course has never been synced',
      'GitLab no longer gives access to this project',
      'CI is not set up',
      'No pipelines ran in this window, so there is no success rate, duration or recovery time.',
    ]);
  });
});
