import { useEffect, useMemo } from 'react';
import type { Course } from '../../../shared/domain/course';
import type { RosterEntry, RosterRole } from '../../../shared/domain/roster';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { formatCount } from '../../format/format-count';
import { isSyncActive, selectCourseSync, useSyncStore } from '../sync/sync-store';
import { groupRosterByTeam } from './group-roster-by-team';
import { RosterTable } from './RosterTable';
import { selectRoster, useRosterStore } from './roster-store';

const description =
  'Direct members of a team project count as students; members inherited from the course group are staff, shown but not graded. ' +
  'Change a role where GitLab’s membership gets it wrong: your choice outlasts later syncs.';

function RosterSummary({ entries, teamCount }: { entries: readonly RosterEntry[]; teamCount: number }) {
  const students = entries.filter((entry) => entry.role === 'student').length;
  return (
    <p className="roster-summary">
      {formatCount(students, 'student', 'students')} · {formatCount(entries.length - students, 'staff member', 'staff members')} ·{' '}
      {formatCount(teamCount, 'team', 'teams')}
    </p>
  );
}

/** Who counts as a student on each team, with a per-person override of GitLab's suggestion. */
export function RosterPanel({ course }: { course: Course }) {
  const roster = useRosterStore(selectRoster(course.id));
  const sync = useSyncStore(selectCourseSync(course.id));
  const teams = useMemo(() => groupRosterByTeam(roster.entries), [roster.entries]);

  useEffect(() => {
    void useRosterStore.getState().fetchRoster(course.id);
  }, [course.id]);

  const changeRole = (entry: RosterEntry, role: RosterRole) => void useRosterStore.getState().setRole(course.id, entry, role);
  const retry = () => void useRosterStore.getState().fetchRoster(course.id);
  const isNeverSynced = !course.isDemo && course.lastSyncedAt === null;
  const isEmpty = roster.entries.length === 0;

  return (
    <Panel title="Roster" description={description} actions={!isEmpty && <RosterSummary entries={roster.entries} teamCount={teams.length} />}>
      {roster.roleError && (
        <ErrorBanner
          title="Could not change the role"
          error={roster.roleError}
          action={
            <Button variant="ghost" onClick={() => useRosterStore.getState().dismissRoleError(course.id)}>
              Dismiss
            </Button>
          }
        />
      )}
      {roster.error && !(isEmpty && isNeverSynced) && (
        <ErrorBanner
          title={isEmpty ? 'Could not load the roster' : 'Could not refresh the roster; showing the last one loaded'}
          error={roster.error}
          action={<Button onClick={retry}>Retry</Button>}
        />
      )}
      {roster.status === 'loading' && <p className="muted">Loading the roster…</p>}
      {isEmpty && isNeverSynced && (
        <EmptyState
          title="No members yet"
          action={
            isSyncActive(sync) ? undefined : (
              <Button variant="primary" onClick={() => void useSyncStore.getState().runSync(course.id)}>
                Sync now
              </Button>
            )
          }
        >
          Sync the course to load its members. Each team project’s members then appear here, grouped by team.
        </EmptyState>
      )}
      {isEmpty && !isNeverSynced && roster.status === 'ready' && (
        <EmptyState title="No members found">
          GitLab listed nobody on the team projects. Check that the token may read project members, then sync again.
        </EmptyState>
      )}
      {!isEmpty && <RosterTable course={course} teams={teams} pending={roster.pending} onRoleChange={changeRole} />}
    </Panel>
  );
}
