import type { ReactNode } from 'react';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { SaveRowState } from './useSaveRow';

interface SaveRowProps {
  state: SaveRowState;
  /** The save button's text, such as "Save window". */
  saveLabel: string;
  /** Why saving is not possible now (a field's problem, nothing changed), shown on the button. */
  blocked: string | undefined;
  canUndo: boolean;
  onUndo(): void;
  /** The error banner's title, such as "Could not save the course window". */
  errorTitle: string;
  /** Buttons placed before the save button. */
  children?: ReactNode;
}

/** The bottom of a course-settings form: save, undo, the saved note and the server's refusal. */
export function SaveRow({ state, saveLabel, blocked, canUndo, onUndo, errorTitle, children }: SaveRowProps) {
  return (
    <>
      <div className="window-form__actions">
        {children}
        <Button type="submit" variant="primary" disabled={state.isSaving} disabledReason={state.isSaving ? undefined : blocked}>
          {state.isSaving ? 'Saving…' : saveLabel}
        </Button>
        {canUndo && !state.isSaving && (
          <Button variant="ghost" onClick={onUndo}>
            Undo changes
          </Button>
        )}
        <p className="window-form__note" role="status">
          {state.savedNote}
        </p>
      </div>
      {state.serverError && <ErrorBanner title={errorTitle} error={state.serverError} />}
    </>
  );
}
