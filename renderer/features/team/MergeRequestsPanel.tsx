import type { MergeRequestRow } from '../../../shared/domain/team-detail';
import { ExternalLink } from '../../components/ExternalLink';
import { Panel } from '../../components/Panel';
import { ExcludeControl } from './ExcludeControl';
import { formatInstant } from './format-instant';
import type { TeamActions } from './useTeamActions';

export interface MergeRequestsPanelProps {
  mergeRequests: readonly MergeRequestRow[];
  project: string;
  timeZone: string;
  actions: TeamActions;
  title?: string;
}

/** Merge requests of the window with the review evidence on each: self-merged without review, merged within an hour. */
export function MergeRequestsPanel({ mergeRequests, project, timeZone, actions, title = 'Merge requests' }: MergeRequestsPanelProps) {
  const selfMerged = mergeRequests.filter((mr) => mr.isSelfMergedWithoutReview).length;
  const quick = mergeRequests.filter((mr) => mr.isMergedWithinHour).length;
  return (
    <Panel
      title={title}
      description={`${mergeRequests.length} opened or merged in the window; ${selfMerged} merged by their author without anyone else’s review, ${quick} merged within an hour of opening.`}
    >
      {mergeRequests.length === 0 ? (
        <p className="muted">No merge requests in this window: the team commits straight to its branches.</p>
      ) : (
        <div className="table-scroll table-scroll--short">
          <table className="detail-table" aria-label="Merge requests">
            <thead>
              <tr>
                <th scope="col">MR</th>
                <th scope="col">Title</th>
                <th scope="col">Author</th>
                <th scope="col">Reviewed by</th>
                <th scope="col">Opened</th>
                <th scope="col">Review evidence</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {mergeRequests.map((mr) => (
                <tr key={mr.iid} data-iid={mr.iid} className={mr.exclusionReason !== null ? 'is-excluded' : undefined}>
                  <td className="mono">
                    <ExternalLink href={mr.webUrl}>!{mr.iid}</ExternalLink>
                  </td>
                  <td className="detail-table__title">
                    <bdi>{mr.title}</bdi> <span className="muted">({mr.state})</span>
                    {mr.exclusionReason !== null && (
                      <span className="excluded-note">
                        Excluded: <bdi>{mr.exclusionReason}</bdi>
                      </span>
                    )}
                  </td>
                  <td>{mr.author ? `@${mr.author}` : '—'}</td>
                  <td>{mr.reviewers.length > 0 ? mr.reviewers.map((r) => `@${r}`).join(', ') : <span className="muted">nobody</span>}</td>
                  <td>{formatInstant(mr.createdAt, timeZone)}</td>
                  <td>
                    {mr.isSelfMergedWithoutReview && <span className="badge badge--warn">self-merged, no review</span>}
                    {mr.isMergedWithinHour && <span className="badge badge--warn">merged within 1 h</span>}
                  </td>
                  <td className="detail-table__action">
                    <ExcludeControl
                      target={{ kind: 'mergeRequest', project, iid: mr.iid }}
                      exclusionReason={mr.exclusionReason}
                      itemLabel={`merge request !${mr.iid}`}
                      actions={actions}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
