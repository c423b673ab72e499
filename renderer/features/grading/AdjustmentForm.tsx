import { useState } from 'react';
import type { GradedStudent } from '../../../shared/domain/course-grades';
import type { StudentAdjustment } from '../../../shared/domain/grading';
import { Button } from '../../components/Button';
import { NumberInput } from '../../components/NumberInput';
import { SegmentedControl } from '../../components/SegmentedControl';
import type { GradeDrafts } from './grade-drafts';

export interface AdjustmentFormProps {
  projectId: number;
  student: GradedStudent;
  drafts: GradeDrafts;
  /** Filled in when the instructor accepts the suggested factor; still saved only by them, with a reason. */
  preset: { factor: number; reason: string } | undefined;
  isFrozen: boolean;
  onSave(adjustment: StudentAdjustment, reason: string): Promise<string | undefined>;
  onClear(reason: string): Promise<string | undefined>;
  onClose(): void;
}

type Kind = StudentAdjustment['kind'];

/** A student's adjustment, as points or as a factor of the team total, always with a reason. */
export function AdjustmentForm({ projectId, student, drafts, preset, isFrozen, onSave, onClear, onClose }: AdjustmentFormProps) {
  const draftKey = `adjustment:${projectId}:${student.userId}` as const;
  const draft = drafts.get(draftKey)?.fields;
  const startKind: Kind = preset || student.adjustmentFactor !== null ? 'factor' : 'points';
  const [kind, setKind] = useState<Kind>(draft?.['kind'] === 'points' || draft?.['kind'] === 'factor' ? draft['kind'] : startKind);
  const [value, setValue] = useState<number | undefined>(() => {
    if (draft?.['value']) return Number(draft['value']);
    if (preset) return preset.factor;
    return student.adjustmentFactor ?? (student.adjustment === 0 ? undefined : student.adjustment);
  });
  const [reason, setReason] = useState(draft?.['reason'] ?? preset?.reason ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const label = student.name || student.username;

  function remember(next: { kind?: Kind; value?: number | undefined; reason?: string }): void {
    const merged = { kind, value, reason, ...next };
    setKind(merged.kind);
    setValue(merged.value);
    setReason(merged.reason);
    drafts.put(draftKey, { kind: merged.kind, value: merged.value === undefined ? '' : String(merged.value), reason: merged.reason });
  }

  async function save(): Promise<void> {
    if (value === undefined || Number.isNaN(value))
      return setError(kind === 'factor' ? 'Enter a factor, e.g. 0.9' : 'Enter the points to add (negative to take)');
    if (kind === 'factor' && (value < 0 || value > 2)) return setError('A factor must be between 0 and 2');
    if (kind === 'points' && Math.abs(value) > 1000) return setError('must be between -1000 and 1000');
    if (!reason.trim()) return setError('A reason is required');
    const refusal = await onSave(kind === 'factor' ? { kind, factor: value } : { kind, points: value }, reason);
    if (refusal) return setError(refusal);
    drafts.remove(draftKey);
    onClose();
  }

  async function clear(): Promise<void> {
    const refusal = await onClear(reason);
    if (refusal) return setError(refusal);
    drafts.remove(draftKey);
    onClose();
  }

  const frozenReason = isFrozen ? 'The grades are frozen; unfreeze them to change anything' : undefined;
  const idBase = `adjust-${projectId}-${student.userId}`;
  return (
    <form
      className="adjustment-form"
      aria-label={`Adjustment for ${label}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          drafts.remove(draftKey);
          onClose();
        }
      }}
    >
      <SegmentedControl
        name={`${idBase}-kind`}
        label="Adjust by"
        size="small"
        options={[
          { value: 'points', label: 'Points' },
          { value: 'factor', label: 'Factor' },
        ]}
        value={kind}
        onChange={(next) => remember({ kind: next })}
      />
      <label className="visually-hidden" htmlFor={`${idBase}-value`}>
        {kind === 'factor' ? 'Factor of the team total' : 'Points to add or take'}
      </label>
      <NumberInput
        id={`${idBase}-value`}
        className="text-input adjustment-form__value"
        placeholder={kind === 'factor' ? '0.9' : '+2 / -2'}
        value={value}
        onValueChange={(next) => remember({ value: next })}
        aria-invalid={error ? true : undefined}
      />
      <label className="visually-hidden" htmlFor={`${idBase}-reason`}>
        Reason
      </label>
      <input
        id={`${idBase}-reason`}
        className="text-input adjustment-form__reason"
        placeholder="Reason (required)"
        maxLength={500}
        value={reason}
        onChange={(e) => remember({ reason: e.target.value })}
      />
      <Button type="submit" variant="primary" disabledReason={frozenReason}>
        Save
      </Button>
      {(student.adjustment !== 0 || student.adjustmentFactor !== null) && (
        <Button disabledReason={frozenReason} onClick={() => void clear()}>
          Clear
        </Button>
      )}
      <Button
        variant="ghost"
        onClick={() => {
          drafts.remove(draftKey);
          onClose();
        }}
      >
        Cancel
      </Button>
      {error && (
        <p className="form-field__error adjustment-form__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
