import { useState } from 'react';
import type { ApiError } from '../../../shared/api/result';

/** What a settings form's save row shows: a save under way, the server's refusal, or what was saved. */
export interface SaveRowState {
  isSaving: boolean;
  serverError: ApiError | undefined;
  savedNote: string | undefined;
  /** An edit after a save makes the "Saved: …" note stale, so every change clears it. */
  clearSavedNote(): void;
  /**
   * Sends one save unless one is already under way. A refusal is kept for the error banner and leaves
   * the form as it was; on success `describeSaved` updates the form from what was stored and returns
   * the note to show. A refusal the form answers itself (with a confirmation) is one `takeRefusal`
   * returns true for; it is not shown as an error.
   */
  runSave<T extends object>(
    request: () => Promise<T | { error: ApiError }>,
    describeSaved: (outcome: T) => string,
    takeRefusal?: (error: ApiError) => boolean,
  ): Promise<void>;
}

/** The state the course-settings panels share around their save button. */
export function useSaveRow(): SaveRowState {
  const [isSaving, setIsSaving] = useState(false);
  const [serverError, setServerError] = useState<ApiError | undefined>(undefined);
  const [savedNote, setSavedNote] = useState<string | undefined>(undefined);

  async function runSave<T extends object>(
    request: () => Promise<T | { error: ApiError }>,
    describeSaved: (outcome: T) => string,
    takeRefusal?: (error: ApiError) => boolean,
  ): Promise<void> {
    if (isSaving) return;
    setIsSaving(true);
    setServerError(undefined);
    const outcome = await request();
    setIsSaving(false);
    if ('error' in outcome) {
      if (!takeRefusal?.(outcome.error)) setServerError(outcome.error);
      return;
    }
    setSavedNote(describeSaved(outcome));
  }

  return { isSaving, serverError, savedNote, clearSavedNote: () => setSavedNote(undefined), runSave };
}
