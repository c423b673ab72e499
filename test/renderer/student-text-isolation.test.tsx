import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SyncOutcomeLine } from '../../renderer/features/sync/SyncOutcomeLine';

const counts = { projects: 2, members: 0, commits: 0, branches: 0, tags: 0, mergeRequests: 0, issues: 0, notes: 0, pipelines: 0, jobs: 0 };

describe('student text in the app', () => {
  it('is isolated, so a bidi override in a team name cannot reorder the text around it', () => {
    const hostile = 'se/team\u202Egnp.exe';
    const markup = renderToStaticMarkup(
      <SyncOutcomeLine
        outcome={{
          ok: true,
          error: undefined,
          teamsTotal: 2,
          summary: {
            course: 'se',
            requests: 3,
            durationMs: 10,
            fetched: counts,
            stored: counts,
            unreachable: [hostile, 'se/other'],
            deferredLookups: 0,
            failedTeams: [],
            skipped: [],
          },
        }}
        onDismiss={() => undefined}
      />,
    );
    expect(markup).toContain(`<bdi>${hostile}</bdi>, <bdi>se/other</bdi>`);
  });
});
