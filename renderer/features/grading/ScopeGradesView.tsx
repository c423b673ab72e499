import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AuditTrail } from './AuditTrail';
import { CriterionDetail } from './CriterionDetail';
import { createGradeDrafts } from './grade-drafts';
import { GradeMatrix } from './GradeMatrix';
import { useGradingStore } from './grading-store';
import { GradingToolbar } from './GradingToolbar';
import type { GridCell } from './grid-navigation';
import { RestoredDraftsBanner } from './RestoredDraftsBanner';
import { StudentsPanel } from './StudentsPanel';

/**
 * One grading scope's grades: every team against every criterion, with the evidence, the overrides
 * and the students of the team in focus. Mounted per scope, so drafts and the cell in focus are the scope's own.
 */
export function ScopeGradesView({ courseId, iteration }: { courseId: number; iteration: string | undefined }) {
  const status = useGradingStore((s) => s.status);
  const grades = useGradingStore((s) => s.grades);
  const rubric = useGradingStore((s) => s.rubric);
  const freeze = useGradingStore((s) => s.freeze);
  const flags = useGradingStore((s) => s.flags);
  const factorBasis = useGradingStore((s) => s.factorBasis);
  const loadError = useGradingStore((s) => s.loadError);
  const drafts = useMemo(() => createGradeDrafts(window.localStorage, courseId, iteration), [courseId, iteration]);
  const [draftsVersion, setDraftsVersion] = useState(0);
  // Only what was left from an earlier session is offered back; what is being typed now is not "restored".
  const [restoredKeys] = useState(() => new Set(Object.keys(drafts.list())));
  const [active, setActive] = useState<GridCell>({ row: 0, col: 1 });
  const [actionError, setActionError] = useState<{ title: string; error: ApiError } | undefined>(undefined);
  const detailField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void useGradingStore.getState().load(courseId, iteration);
  }, [courseId, iteration]);
  // Until the store has this scope's grades, the previous scope's are not shown under this one's name.
  const isThisScope = useGradingStore((s) => s.courseId === courseId && s.iteration === iteration);

  if (loadError && !grades) {
    return (
      <ErrorBanner
        title="Could not grade the course"
        error={loadError}
        action={<Button onClick={() => void useGradingStore.getState().load(courseId, iteration)}>Retry</Button>}
      />
    );
  }
  if (status === 'loading' || !grades || !isThisScope) return <p className="muted">Grading the teams…</p>;
  if (grades.teams.length === 0) return <EmptyState title="No teams to grade yet">Sync the course first: its teams appear here with their points.</EmptyState>;

  const team = grades.teams[Math.min(active.row, grades.teams.length - 1)];
  const criterion = team?.criteria[active.col - 1] ?? team?.criteria[0];
  const store = useGradingStore.getState();
  const answer = (error: ApiError | undefined) => error?.message;

  return (
    <div className="grading-screen">
      {loadError && <ErrorBanner title="Could not refresh the grades; showing the last ones" error={loadError} />}
      {actionError && (
        <ErrorBanner
          title={actionError.title}
          error={actionError.error}
          action={
            <Button variant="ghost" onClick={() => setActionError(undefined)}>
              Dismiss
            </Button>
          }
        />
      )}
      <GradingToolbar grades={grades} freeze={freeze} onError={(title, message) => setActionError({ title, error: { code: 'conflict', message } })} />
      <RestoredDraftsBanner
        key={draftsVersion}
        grades={grades}
        rubric={rubric}
        drafts={drafts}
        restoredKeys={restoredKeys}
        onSave={async (projectId, name, points, comment) => answer(await store.setManualScore(projectId, name, points, comment))}
        onChanged={() => setDraftsVersion((v) => v + 1)}
      />
      <GradeMatrix
        grades={grades}
        rubric={rubric}
        drafts={drafts}
        draftsVersion={draftsVersion}
        isFrozen={grades.frozen}
        active={active}
        onActiveChange={setActive}
        onOpenDetail={() => detailField.current?.focus()}
        onSaveManual={async (t, c, points, comment) => {
          const refusal = answer(await store.setManualScore(t.projectId, c.name, points, comment));
          setDraftsVersion((v) => v + 1);
          return refusal;
        }}
      />
      <p className="muted grading-screen__keys">
        Arrows move · Enter or a digit edits a manual score · Escape cancels · Tab saves and moves on · Enter on an automatic score goes to its override
      </p>
      {team && criterion && (
        <div className="grading-screen__detail">
          <CriterionDetail
            key={`${team.projectId}/${criterion.name}`}
            team={team}
            criterion={criterion}
            isFrozen={grades.frozen}
            drafts={drafts}
            firstFieldRef={detailField}
            onOverride={async (points, reason) => answer(await store.setOverride(team.projectId, criterion.name, points, reason))}
            onClearOverride={async (reason) => answer(await store.clearOverride(team.projectId, criterion.name, reason))}
          />
          <StudentsPanel
            key={team.projectId}
            team={team}
            flags={flags[team.projectId] ?? []}
            basis={factorBasis[team.projectId] ?? {}}
            drafts={drafts}
            isFrozen={grades.frozen}
            onSave={async (userId, adjustment, reason) => answer(await store.setAdjustment(team.projectId, userId, adjustment, reason))}
            onClear={async (userId, reason) => answer(await store.clearAdjustment(team.projectId, userId, reason))}
          />
        </div>
      )}
      {team && <AuditTrail key={team.projectId} team={team} />}
    </div>
  );
}
