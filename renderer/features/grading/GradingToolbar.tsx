import { useState } from 'react';
import type { CourseGrades } from '../../../shared/domain/course-grades';
import type { GradeFreeze } from '../../../shared/domain/grading';
import { Button } from '../../components/Button';
import { formatAbsoluteTime } from '../../format/format-relative-time';
import { fromLocalInput, toLocalInput } from './as-of-input';
import { useGradingStore } from './grading-store';

export interface GradingToolbarProps {
  grades: CourseGrades;
  freeze: GradeFreeze | undefined;
  onError(title: string, message: string): void;
}

/**
 * The deadline the grades count activity up to, and freezing: a frozen sheet says when it was frozen
 * and against which data, so nobody mistakes it for the live figures.
 */
export function GradingToolbar({ grades, freeze, onError }: GradingToolbarProps) {
  const asOf = useGradingStore((s) => s.asOf);
  const [reason, setReason] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const isFrozen = grades.frozen;

  async function toggleFreeze(): Promise<void> {
    setIsBusy(true);
    const store = useGradingStore.getState();
    const refusal = isFrozen ? await store.unfreezeGrades(reason) : await store.freezeGrades(reason);
    setIsBusy(false);
    if (refusal) onError(isFrozen ? 'Could not unfreeze the grades' : 'Could not freeze the grades', refusal.message);
    else setReason('');
  }

  return (
    <div className="grading-toolbar">
      {isFrozen && (
        <div className="frozen-banner" role="status">
          <strong>Frozen</strong>
          {grades.frozenAt ? ` on ${formatAbsoluteTime(grades.frozenAt)}` : ''}, against the data synced{' '}
          {grades.lastSyncAt ? formatAbsoluteTime(grades.lastSyncAt) : 'never'} and rubric version {freeze?.rubricVersion ?? grades.rubric.version}, counting
          activity before {formatAbsoluteTime(grades.asOf)}. Later syncs and rubric edits do not change these grades until they are unfrozen.
        </div>
      )}
      <div className="grading-toolbar__row">
        <label className="grading-toolbar__field">
          <span className="form-field__label">Grade as of</span>
          <input
            type="datetime-local"
            className="text-input"
            value={toLocalInput(asOf ?? grades.asOf)}
            disabled={isFrozen}
            title={isFrozen ? 'A frozen sheet keeps the instant it was frozen at' : 'Only activity before this instant counts'}
            onChange={(e) => {
              const next = fromLocalInput(e.target.value);
              if (next) void useGradingStore.getState().setAsOf(next);
            }}
          />
        </label>
        <Button
          variant="ghost"
          disabledReason={asOf === undefined ? 'Already at the end of the course window' : isFrozen ? 'The grades are frozen' : undefined}
          onClick={() => void useGradingStore.getState().setAsOf(undefined)}
        >
          End of window
        </Button>
        <span className="grading-toolbar__summary">
          <bdi>{grades.rubric.name}</bdi> v{grades.rubric.version} · max {grades.rubric.maxPoints} pts
        </span>
        <label className="visually-hidden" htmlFor="freeze-reason">
          Reason for {isFrozen ? 'unfreezing' : 'freezing'}
        </label>
        <input
          id="freeze-reason"
          className="text-input grading-toolbar__reason"
          placeholder="Reason (optional)"
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button variant={isFrozen ? 'secondary' : 'primary'} disabledReason={isBusy ? 'Working…' : undefined} onClick={() => void toggleFreeze()}>
          {isFrozen ? 'Unfreeze' : 'Freeze grades'}
        </Button>
      </div>
    </div>
  );
}
