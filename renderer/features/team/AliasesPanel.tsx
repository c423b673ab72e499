import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { idleEntry } from './create-keyed-store';
import { useCourseAliasesStore } from './course-aliases-store';
import type { TeamActions } from './useTeamActions';

/** Every alias of the course, newest first, each with its undo: the mappings made so far, in one list. */
export function AliasesPanel({ courseId, actions }: { courseId: number; actions: TeamActions }) {
  const entry = useCourseAliasesStore((state) => state.byKey[String(courseId)] ?? idleEntry);
  useEffect(() => {
    void useCourseAliasesStore.getState().fetch(courseId);
  }, [courseId]);
  const aliases = [...(entry.value ?? [])].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return (
    <Panel
      title="Identity mappings in this course"
      description="Each mapping counts an email or name as a member’s in every team and figure of the course. Remove one to undo it."
    >
      {entry.status === 'error' && <p className="tone-bad">Could not list the mappings: {entry.error?.message}</p>}
      {aliases.length === 0 ? (
        <p className="muted">No mappings yet.</p>
      ) : (
        <ul className="item-list" aria-label="Identity mappings">
          {aliases.map((alias) => (
            <li key={alias.id} data-alias={alias.value}>
              <bdi className="mono">{alias.value}</bdi> <span className="muted">({alias.kind})</span> → @{alias.username}{' '}
              <Button
                variant="ghost"
                aria-label={`Undo mapping ${alias.value} to ${alias.username}`}
                onClick={() => void actions.removeAlias(alias.username, alias.kind, alias.value)}
              >
                Undo
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
