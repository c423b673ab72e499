import { useEffect } from 'react';
import type { GradedTeam } from '../../../shared/domain/course-grades';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { formatAbsoluteTime } from '../../format/format-relative-time';
import { useGradingStore } from './grading-store';

const kindLabels = { rubric: 'Rubric', manualScore: 'Manual score', override: 'Override', adjustment: 'Adjustment', freeze: 'Freeze' } as const;

/** Every change that touched this team's grade, and the course-wide ones (rubric saves, freezes), newest first. */
export function AuditTrail({ team }: { team: GradedTeam }) {
  const audit = useGradingStore((s) => s.audit[team.projectId]);
  useEffect(() => {
    void useGradingStore.getState().loadAudit(team.projectId);
  }, [team.projectId]);

  return (
    <Panel title={`Changes · ${team.name}`} description="When, what, the value before and after, and why.">
      {audit?.error && (
        <ErrorBanner
          title="Could not load the changes"
          error={audit.error}
          action={<Button onClick={() => void useGradingStore.getState().loadAudit(team.projectId)}>Retry</Button>}
        />
      )}
      {audit?.status === 'ready' && audit.entries.length === 0 && <p className="muted">No changes yet: the grades are as the rubric computed them.</p>}
      {audit && audit.entries.length > 0 && (
        <table className="audit-trail" aria-label={`Changes to ${team.name}`}>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Old</th>
              <th scope="col">New</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {audit.entries.map((entry) => (
              <tr key={entry.id}>
                <td className="audit-trail__when">
                  <time dateTime={entry.at}>{formatAbsoluteTime(entry.at)}</time>
                </td>
                <td>
                  {kindLabels[entry.kind]}: <bdi>{entry.subject}</bdi>
                </td>
                <td>
                  <bdi>{entry.oldValue ?? '—'}</bdi>
                </td>
                <td>
                  <bdi>{entry.newValue ?? '—'}</bdi>
                </td>
                <td>
                  <bdi>{entry.reason ?? ''}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
