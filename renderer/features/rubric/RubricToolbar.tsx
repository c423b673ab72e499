import { useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { saveExportedFile } from '../courses/save-exported-file';
import { canRedo, canUndo } from './rubric-history';
import { isDraftDirty, useRubricStore } from './rubric-store';

/** Larger files are refused before reading; the core's own limit is 1 MB. */
const maxFileBytes = 1_000_000;

/** Undo and redo, import and export, and saving the draft as a new version with an optional reason. */
export function RubricToolbar({ problem }: { problem: string | undefined }) {
  const history = useRubricStore((s) => s.history);
  const isDirty = useRubricStore(isDraftDirty);
  const isSaving = useRubricStore((s) => s.isSaving);
  const suggestedReason = useRubricStore((s) => s.suggestedReason);
  const [reason, setReason] = useState('');
  const [reasonFor, setReasonFor] = useState(suggestedReason);
  const fileInput = useRef<HTMLInputElement>(null);
  if (reasonFor !== suggestedReason) {
    setReasonFor(suggestedReason);
    setReason(suggestedReason);
  }
  const store = useRubricStore.getState;

  async function importFile(file: File): Promise<void> {
    if (file.size > maxFileBytes) {
      useRubricStore.setState({
        actionError: { title: `${file.name} was not imported`, error: { code: 'invalid_input', message: 'The rubric file is larger than 1 MB' } },
      });
      return;
    }
    await store().importText(file.name, await file.text());
  }

  async function exportRubric(): Promise<void> {
    const file = await store().exportSaved();
    if (file) saveExportedFile({ filename: file.filename, mimeType: 'application/json', encoding: 'utf8', content: file.json });
  }

  const saveBlocked = !isDirty ? 'Nothing to save: the rubric is as saved' : problem ? `Fix this first: ${problem}` : undefined;
  return (
    <div className="rubric-toolbar" role="toolbar" aria-label="Rubric">
      <Button aria-keyshortcuts="Control+Z" disabledReason={history && canUndo(history) ? undefined : 'Nothing to undo'} onClick={() => store().undo()}>
        Undo
      </Button>
      <Button aria-keyshortcuts="Control+Shift+Z" disabledReason={history && canRedo(history) ? undefined : 'Nothing to redo'} onClick={() => store().redo()}>
        Redo
      </Button>
      <span className="rubric-toolbar__gap" />
      <Button onClick={() => fileInput.current?.click()}>Import JSON…</Button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label="Rubric file to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <Button disabledReason={isDirty ? 'Save or discard the changes first: the export is the saved rubric' : undefined} onClick={() => void exportRubric()}>
        Export JSON
      </Button>
      <span className="rubric-toolbar__gap" />
      <label className="visually-hidden" htmlFor="rubric-save-reason">
        Reason for this version
      </label>
      <input
        id="rubric-save-reason"
        className="text-input rubric-toolbar__reason"
        placeholder="Reason (optional)"
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button variant="ghost" disabledReason={isDirty ? undefined : 'No changes to discard'} onClick={() => store().discard()}>
        Discard
      </Button>
      <Button
        variant="primary"
        disabledReason={isSaving ? 'Saving…' : saveBlocked}
        onClick={() =>
          void store()
            .save(reason)
            .then((saved) => saved && setReason(''))
        }
      >
        Save version
      </Button>
    </div>
  );
}
