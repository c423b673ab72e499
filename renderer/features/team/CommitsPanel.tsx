import { useState } from 'react';
import type { CommitRow } from '../../../shared/domain/team-detail';
import { Button } from '../../components/Button';
import { ExternalLink } from '../../components/ExternalLink';
import { Panel } from '../../components/Panel';
import { formatNumber } from '../../format/format-count';
import { ExcludeControl } from './ExcludeControl';
import { formatInstant } from './format-instant';
import type { TeamActions } from './useTeamActions';

const pageSize = 25;

export interface CommitsPanelProps {
  commits: readonly CommitRow[];
  timeZone: string;
  actions: TeamActions;
  title?: string;
}

/** The commits behind the figures, newest first: who each counts for, or why it counts for nobody. */
export function CommitsPanel({ commits, timeZone, actions, title = 'Commits behind the figures' }: CommitsPanelProps) {
  const [shown, setShown] = useState(pageSize);
  const excluded = commits.filter((c) => c.exclusionReason !== null).length;
  return (
    <Panel
      title={title}
      description={`${formatNumber(commits.length)} commits in the window${excluded > 0 ? `, ${excluded} excluded` : ''}. Exclude one (a vendored library, a generated file) and it counts for nobody in every figure.`}
    >
      {commits.length === 0 ? (
        <p className="muted">No commits in this window.</p>
      ) : (
        <div className="table-scroll">
          <table className="detail-table" aria-label="Commits">
            <thead>
              <tr>
                <th scope="col">Commit</th>
                <th scope="col">Title</th>
                <th scope="col">Counts for</th>
                <th scope="col">Committed</th>
                <th scope="col" className="numeric">
                  Lines
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {commits.slice(0, shown).map((commit) => (
                <tr key={commit.sha} data-sha={commit.sha} className={commit.exclusionReason !== null ? 'is-excluded' : undefined}>
                  <td className="mono">
                    <ExternalLink href={commit.webUrl}>{commit.sha.slice(0, 8)}</ExternalLink>
                  </td>
                  <td className="detail-table__title">
                    <bdi>{commit.title}</bdi>
                    {commit.exclusionReason !== null && (
                      <span className="excluded-note">
                        Excluded: <bdi>{commit.exclusionReason}</bdi>
                      </span>
                    )}
                  </td>
                  <td>
                    {commit.username !== null ? (
                      <span>
                        @{commit.username}
                        {commit.isStaff && <span className="badge">staff</span>}
                      </span>
                    ) : (
                      <span className="tone-warn" title={`${commit.authorName ?? ''} <${commit.authorEmail ?? ''}>`}>
                        Unmatched: <bdi>{commit.authorName ?? 'no name'}</bdi>
                      </span>
                    )}
                  </td>
                  <td>{formatInstant(commit.committedDate, timeZone)}</td>
                  <td className="numeric">
                    <span className="tone-good">+{formatNumber(commit.additions)}</span> <span className="tone-bad">−{formatNumber(commit.deletions)}</span>
                  </td>
                  <td className="detail-table__action">
                    <ExcludeControl
                      target={{ kind: 'commit', sha: commit.sha }}
                      exclusionReason={commit.exclusionReason}
                      itemLabel={`commit ${commit.sha.slice(0, 8)}`}
                      actions={actions}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown < commits.length && (
        <Button variant="ghost" onClick={() => setShown((n) => n + 100)}>
          Show {Math.min(100, commits.length - shown)} more ({formatNumber(commits.length - shown)} not shown)
        </Button>
      )}
    </Panel>
  );
}
