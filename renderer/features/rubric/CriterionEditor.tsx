import type { CriterionLevel } from '../../../shared/domain/course-grades';
import type { Rubric, RubricCriterion } from '../../../shared/grading/rubric';
import { Button } from '../../components/Button';
import { NumberInput } from '../../components/NumberInput';
import { formatPoints } from '../grading/format-points';
import { CheckEditor } from './CheckEditor';
import { weightedMaximum } from './compute-rubric-maximum';
import type { CriterionKind } from './edit-rubric';
import { addCheck, changeCriterionKind, moveCheck, moveCriterion, removeCheck, removeCriterion, replaceCheck, updateCriterion } from './edit-rubric';
import { RubricField } from './RubricField';

const levels: readonly { value: CriterionLevel; label: string }[] = [
  { value: 'basic', label: 'Basic' },
  { value: 'recommended', label: 'Recommended' },
  { value: 'bonus', label: 'Bonus' },
];

export interface CriterionEditorProps {
  rubric: Rubric;
  index: number;
  issues: ReadonlyMap<string, string>;
  onEdit(next: Rubric, key?: string): void;
}

/** One criterion as a card: its name, kind, level, weight and maximum, then its checks. */
export function CriterionEditor({ rubric, index, issues, onEdit }: CriterionEditorProps) {
  const criterion: RubricCriterion | undefined = rubric.criteria[index];
  if (!criterion) return null;
  const path = ['criteria', index] as const;
  const key = (field: string) => `criteria.${index}.${field}`;
  const count = rubric.criteria.length;
  const weighted = weightedMaximum(criterion);

  return (
    <li className="criterion-editor" aria-label={`Criterion ${index + 1}: ${criterion.name}`}>
      <div className="criterion-editor__bar">
        <span className="criterion-editor__index">
          {index + 1} · {criterion.kind === 'manual' ? 'Manual' : 'Automatic'} criterion
        </span>
        <div className="criterion-editor__actions">
          <Button
            variant="ghost"
            aria-label={`Move ${criterion.name} up`}
            disabledReason={index === 0 ? 'Already first' : undefined}
            onClick={() => onEdit(moveCriterion(rubric, index, -1))}
          >
            ↑
          </Button>
          <Button
            variant="ghost"
            aria-label={`Move ${criterion.name} down`}
            disabledReason={index === count - 1 ? 'Already last' : undefined}
            onClick={() => onEdit(moveCriterion(rubric, index, 1))}
          >
            ↓
          </Button>
          <Button variant="ghost" aria-label={`Remove ${criterion.name}`} onClick={() => onEdit(removeCriterion(rubric, index))}>
            Remove
          </Button>
        </div>
      </div>
      <div className="criterion-editor__head">
        <RubricField path={[...path, 'name']} label="Criterion" issues={issues} className="criterion-editor__name">
          {(control) => (
            <input
              {...control}
              className="text-input"
              value={criterion.name}
              onChange={(e) => onEdit(updateCriterion(rubric, index, { name: e.target.value }), key('name'))}
            />
          )}
        </RubricField>
        <RubricField path={[...path, 'kind']} label="Scored" issues={issues}>
          {(control) => (
            <select
              {...control}
              className="text-input select-input"
              value={criterion.kind}
              onChange={(e) => onEdit(changeCriterionKind(rubric, index, e.target.value as CriterionKind))}
            >
              <option value="automatic">Automatically, by checks</option>
              <option value="manual">By hand</option>
            </select>
          )}
        </RubricField>
        <RubricField path={[...path, 'level']} label="Level" issues={issues}>
          {(control) => (
            <select
              {...control}
              className="text-input select-input"
              value={criterion.level}
              onChange={(e) => onEdit(updateCriterion(rubric, index, { level: e.target.value as CriterionLevel }))}
            >
              {levels.map((level) => (
                <option key={level.value} value={level.value}>
                  {level.label}
                </option>
              ))}
            </select>
          )}
        </RubricField>
        <RubricField path={[...path, 'maxPoints']} label="Points" issues={issues} className="criterion-editor__number">
          {(control) =>
            criterion.kind === 'manual' ? (
              <NumberInput
                {...control}
                value={criterion.maxPoints}
                onValueChange={(v) => onEdit(updateCriterion(rubric, index, { maxPoints: v ?? Number.NaN }), key('maxPoints'))}
              />
            ) : (
              <output {...control} className="criterion-editor__sum numeric" title="The sum of the checks' points">
                {formatPoints(criterion.maxPoints)}
              </output>
            )
          }
        </RubricField>
        <RubricField path={[...path, 'weight']} label="Weight" issues={issues} className="criterion-editor__number">
          {(control) => (
            <NumberInput
              {...control}
              value={criterion.weight}
              onValueChange={(v) => onEdit(updateCriterion(rubric, index, { weight: v ?? Number.NaN }), key('weight'))}
            />
          )}
        </RubricField>
        <p className="criterion-editor__weighted numeric" aria-label={`${criterion.name} counts at most ${formatPoints(weighted)} points`}>
          = {Number.isFinite(weighted) ? formatPoints(weighted) : '—'} <span className="unit">pts{criterion.level === 'bonus' ? ' bonus' : ''}</span>
        </p>
      </div>
      <RubricField path={[...path, 'description']} label="Description" issues={issues} className="criterion-editor__description">
        {(control) => (
          <input
            {...control}
            className="text-input"
            placeholder="What the criterion rewards, for the feedback report"
            value={criterion.description ?? ''}
            onChange={(e) => onEdit(updateCriterion(rubric, index, { description: e.target.value }), key('description'))}
          />
        )}
      </RubricField>
      {criterion.kind === 'automatic' && (
        <>
          {issues.get(`criteria.${index}.checks`) && <p className="form-field__error">{issues.get(`criteria.${index}.checks`)}</p>}
          <ol className="criterion-editor__checks" aria-label={`Checks of ${criterion.name}`}>
            {criterion.checks.map((check, j) => (
              <CheckEditor
                key={j}
                check={check}
                path={[...path, 'checks', j]}
                position={j}
                count={criterion.checks.length}
                issues={issues}
                onChange={(next, editKey) => onEdit(replaceCheck(rubric, index, j, next), editKey)}
                onMove={(offset) => onEdit(moveCheck(rubric, index, j, offset))}
                onRemove={() => onEdit(removeCheck(rubric, index, j))}
              />
            ))}
          </ol>
          <div>
            <Button onClick={() => onEdit(addCheck(rubric, index))}>Add check</Button>
          </div>
        </>
      )}
    </li>
  );
}
