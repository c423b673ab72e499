import { useEffect, useMemo } from 'react';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { selectGradingScope, useGradingScopeStore } from '../grading/grading-scope-store';
import { GradingScopeSelector } from '../grading/GradingScopeSelector';
import '../grading/grading-scope.css';
import { collectRubricIssues } from './collect-rubric-issues';
import { describeSavedRubric } from './describe-saved-rubric';
import { RubricEditor } from './RubricEditor';
import { RestoredRubricDraftBanner } from './RestoredRubricDraftBanner';
import { RubricHistoryPanel } from './RubricHistoryPanel';
import { isDraftDirty, useRubricStore } from './rubric-store';
import { RubricTemplatesPanel } from './RubricTemplatesPanel';
import { RubricToolbar } from './RubricToolbar';
import { RubricVersionView } from './RubricVersionView';
import { useUndoShortcuts } from './useUndoShortcuts';
import './rubric.css';

/** The banner and its buttons go once answered; focus moves into the editor rather than falling to the page. */
function focusEditor(): void {
  document.getElementById('rubric-name')?.focus();
}

/** The Rubric tab: the grading scope, then that scope's rubric. */
export function RubricScreen({ courseId }: { courseId: number }) {
  return (
    <div className="rubric-tab">
      <div className="grading-scope-bar">
        <GradingScopeSelector courseId={courseId} />
      </div>
      <ScopeRubric courseId={courseId} />
    </div>
  );
}

/** One scope's rubric: edit a draft, save it as a new version, look back at earlier ones. */
function ScopeRubric({ courseId }: { courseId: number }) {
  const iteration = useGradingScopeStore(selectGradingScope(courseId));
  const status = useRubricStore((s) => s.status);
  const history = useRubricStore((s) => s.history);
  const saved = useRubricStore((s) => s.saved);
  const viewing = useRubricStore((s) => s.viewing);
  const loadError = useRubricStore((s) => s.loadError);
  const actionError = useRubricStore((s) => s.actionError);
  const restoredDraft = useRubricStore((s) => s.restoredDraft);
  const isDirty = useRubricStore(isDraftDirty);
  const draft = history?.present;
  const issues = useMemo(() => (draft ? collectRubricIssues(draft) : undefined), [draft]);
  const { undo, redo, keepRestoredDraft, discard } = useRubricStore.getState();

  useEffect(() => {
    void useRubricStore.getState().load(courseId, iteration);
  }, [courseId, iteration]);
  // Until the store holds this scope, the previous scope's draft is not shown (or edited) under this one's name.
  const isThisScope = useRubricStore((s) => s.courseId === courseId && s.iteration === iteration);
  useUndoShortcuts(draft !== undefined && viewing === undefined, undo, redo);

  if (loadError && !draft) {
    return (
      <ErrorBanner
        title="Could not load the rubric"
        error={loadError}
        action={<Button onClick={() => void useRubricStore.getState().load(courseId, iteration)}>Retry</Button>}
      />
    );
  }
  if (status === 'loading' || !draft || !issues || !isThisScope) return <p className="muted">Loading the rubric…</p>;

  return (
    <div className="rubric-screen">
      <div className="rubric-screen__main">
        {actionError && (
          <ErrorBanner
            title={actionError.title}
            error={actionError.error}
            action={
              <Button variant="ghost" onClick={() => useRubricStore.getState().dismissActionError()}>
                Dismiss
              </Button>
            }
          />
        )}
        {viewing ? (
          <RubricVersionView version={viewing} />
        ) : (
          <>
            {restoredDraft && saved && (
              <RestoredRubricDraftBanner
                at={restoredDraft.at}
                basedOnVersion={restoredDraft.basedOnVersion}
                savedVersion={saved.version}
                onKeep={() => {
                  keepRestoredDraft();
                  focusEditor();
                }}
                onDiscard={() => {
                  discard();
                  focusEditor();
                }}
              />
            )}
            <RubricToolbar problem={issues.first} />
            <p className="rubric-status" role="status">
              {isDirty ? 'Unsaved changes' : describeSavedRubric(saved, iteration)}
              {issues.count > 0 && (
                <span className="tone-bad">
                  {' '}
                  · {issues.count} {issues.count === 1 ? 'problem' : 'problems'}: {issues.first}
                </span>
              )}
            </p>
            <RubricEditor rubric={draft} issues={issues} onEdit={(next, key) => useRubricStore.getState().edit(next, key)} />
          </>
        )}
      </div>
      <aside className="rubric-screen__side">
        <RubricHistoryPanel />
        <RubricTemplatesPanel problem={issues.first} />
      </aside>
    </div>
  );
}
