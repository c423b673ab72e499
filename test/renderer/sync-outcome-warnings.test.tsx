import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SyncSummary } from '../../shared/domain/sync';
import { SyncOutcomeLine } from '../../renderer/features/sync/SyncOutcomeLine';

const counts = { projects: 3, members: 0, commits: 0, branches: 0, tags: 0, mergeRequests: 0, issues: 0, notes: 0, pipelines: 0, jobs: 0 };
const summary: SyncSummary = {
  course: 'se',
  requests: 30,
  durationMs: 1200,
  fetched: counts,
  stored: counts,
  unreachable: [],
  deferredLookups: 0,
  failedTeams: [],
  skipped: [],
};

function renderOutcome(changes: Partial<SyncSummary>): string {
  return renderToStaticMarkup(
    <SyncOutcomeLine outcome={{ ok: true, error: undefined, teamsTotal: 3, summary: { ...summary, ...changes } }} onDismiss={() => undefined} />,
  );
}

describe('the sync outcome line', () => {
  it('names each team that could not be synced with its reason, and is not shown as a plain success', () => {
    const message = 'se/team-02: GitLab sent an unexpected merge request #1 from projects/12/merge_requests: title: expected string.';
    const markup = renderOutcome({ failedTeams: [{ team: 'se/team-02', message }] });
    expect(markup).toContain(`Not synced, the other teams were: <bdi>${message}</bdi>`);
    expect(markup).toContain('is-bad');
    expect(markup).toContain('<strong>Synced 2 of 3 teams</strong>');
  });

  it('lists every resource GitLab refused, with its team and the endpoint, and stays up until dismissed', () => {
    const markup = renderOutcome({
      skipped: [
        { team: 'se/team-01', resource: 'issues', message: 'GitLab refused access to /projects/11/issues (403 Forbidden).' },
        { team: 'se/team-01', resource: 'pipelines', message: 'GitLab refused access to /projects/11/pipelines (403 Forbidden).' },
      ],
    });
    expect(markup).toContain('Skipped issues of <bdi>se/team-01</bdi>: <bdi>GitLab refused access to /projects/11/issues (403 Forbidden).</bdi>');
    expect(markup).toContain('Skipped pipelines of <bdi>se/team-01</bdi>');
  });

  it('shows no warning after a sync that got everything', () => {
    const markup = renderOutcome({});
    expect(markup).not.toContain('sync-bar__warning');
    expect(markup).toContain('is-good');
  });
});
