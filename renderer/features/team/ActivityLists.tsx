import type { IssueRow, PipelineRow } from '../../../shared/domain/team-detail';
import { formatSeconds } from '../../../shared/metrics/format-metric-value';
import { ExternalLink } from '../../components/ExternalLink';
import { Panel } from '../../components/Panel';
import { formatNumber } from '../../format/format-count';
import { formatInstant } from './format-instant';
import { gitlabLinks } from './gitlab-links';

const statusTone: Record<string, string> = { success: 'tone-good', failed: 'tone-bad', canceled: 'tone-warn' };

/** The window's newest pipelines, each a link to GitLab. */
export function RecentPipelines({
  pipelines,
  total,
  projectUrl,
  timeZone,
}: {
  pipelines: readonly PipelineRow[];
  total: number;
  projectUrl: string;
  timeZone: string;
}) {
  return (
    <Panel
      title="Recent pipelines"
      description={`The newest ${pipelines.length} of ${formatNumber(total)} in the window.`}
      actions={<ExternalLink href={gitlabLinks.pipelines(projectUrl)}>All in GitLab ↗</ExternalLink>}
    >
      {pipelines.length === 0 ? (
        <p className="muted">No pipelines ran in this window.</p>
      ) : (
        <ul className="item-list" aria-label="Recent pipelines">
          {pipelines.map((p) => (
            <li key={p.id}>
              <ExternalLink href={p.webUrl} className="mono">
                #{p.id}
              </ExternalLink>{' '}
              <span className={statusTone[p.status] ?? 'muted'}>{p.status}</span> <bdi className="mono">{p.ref ?? ''}</bdi>{' '}
              <span className="muted">
                {formatInstant(p.createdAt, timeZone)}
                {p.durationS !== null && ` · ${formatSeconds(p.durationS)}`}
                {p.coverage !== null && ` · coverage ${p.coverage.toFixed(1)} %`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

/** Issues opened or closed in the window, newest first. */
export function RecentIssues({
  issues,
  projectUrl,
  timeZone,
  title = 'Issues',
}: {
  issues: readonly IssueRow[];
  projectUrl: string;
  timeZone: string;
  title?: string;
}) {
  return (
    <Panel title={title} actions={<ExternalLink href={gitlabLinks.issues(projectUrl)}>All in GitLab ↗</ExternalLink>}>
      {issues.length === 0 ? (
        <p className="muted">No issues opened or closed in this window.</p>
      ) : (
        <ul className="item-list" aria-label="Issues">
          {issues.map((issue) => (
            <li key={issue.iid}>
              <ExternalLink href={issue.webUrl} className="mono">
                #{issue.iid}
              </ExternalLink>{' '}
              <bdi>{issue.title}</bdi>{' '}
              <span className="muted">
                {issue.state} · opened {formatInstant(issue.createdAt, timeZone)}
                {issue.author && ` by @${issue.author}`}
                {issue.closedBy && ` · closed by @${issue.closedBy}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
