import type { Rubric } from '../../../shared/grading/rubric';
import { Button } from '../../components/Button';
import { NumberInput } from '../../components/NumberInput';
import { formatPoints } from '../grading/format-points';
import type { RubricIssues } from './collect-rubric-issues';
import { computeRubricMaximum } from './compute-rubric-maximum';
import { CriterionEditor } from './CriterionEditor';
import { addCriterion } from './edit-rubric';
import { RubricField } from './RubricField';

export interface RubricEditorProps {
  rubric: Rubric;
  issues: RubricIssues;
  onEdit(next: Rubric, key?: string): void;
}

/** The draft: the rubric's own fields, the live maximum, then one card per criterion. */
export function RubricEditor({ rubric, issues, onEdit }: RubricEditorProps) {
  const maximum = computeRubricMaximum(rubric);
  const byField = issues.byField;
  return (
    <div className="rubric-editor">
      <div className="rubric-editor__fields">
        <RubricField path={['name']} label="Rubric name" issues={byField} className="rubric-editor__name">
          {(control) => <input {...control} className="text-input" value={rubric.name} onChange={(e) => onEdit({ ...rubric, name: e.target.value }, 'name')} />}
        </RubricField>
        <RubricField path={['step']} label="Round partial credit to" issues={byField} className="criterion-editor__number">
          {(control) => <NumberInput {...control} value={rubric.step} onValueChange={(v) => onEdit({ ...rubric, step: v ?? Number.NaN }, 'step')} />}
        </RubricField>
        <RubricField path={['bonusCap']} label="Bonus cap" hint="Empty: no cap" issues={byField} className="criterion-editor__number">
          {(control) => (
            <NumberInput
              {...control}
              value={rubric.bonusCap}
              onValueChange={(v) => {
                const { bonusCap: _removed, ...uncapped } = rubric;
                onEdit(v === undefined ? uncapped : { ...rubric, bonusCap: v }, 'bonusCap');
              }}
            />
          )}
        </RubricField>
      </div>
      <p className="rubric-summary" aria-live="polite">
        Maximum <strong className="numeric">{formatPoints(maximum.maxPoints)}</strong> <span className="unit">pts</span>
        {maximum.bonusPoints > 0 && (
          <>
            {' '}
            · bonus up to <strong className="numeric">{formatPoints(maximum.bonusPoints)}</strong> <span className="unit">pts</span>
          </>
        )}{' '}
        · {rubric.criteria.length} {rubric.criteria.length === 1 ? 'criterion' : 'criteria'}
      </p>
      {byField.get('criteria') && <p className="form-field__error">{byField.get('criteria')}</p>}
      <ol className="rubric-editor__criteria" aria-label="Criteria">
        {rubric.criteria.map((criterion, index) => (
          <CriterionEditor key={index} rubric={rubric} index={index} issues={byField} onEdit={onEdit} />
        ))}
      </ol>
      <div className="rubric-editor__add">
        <Button onClick={() => onEdit(addCriterion(rubric, 'automatic'))}>Add automatic criterion</Button>
        <Button onClick={() => onEdit(addCriterion(rubric, 'manual'))}>Add manual criterion</Button>
      </div>
    </div>
  );
}
