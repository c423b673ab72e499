import { practiceLabels, practiceNames, type PracticeName } from '../../../shared/domain/practices';
import type { Aggregate, Comparison, RubricCheck } from '../../../shared/grading/rubric';
import { findGradingMetric, studentGradingMetrics, teamGradingMetrics } from '../../../shared/grading/grading-metrics';
import { Button } from '../../components/Button';
import { NumberInput } from '../../components/NumberInput';
import type { CheckKind } from './edit-rubric';
import { changeCheckKind } from './edit-rubric';
import { RubricField } from './RubricField';

const checkKinds: readonly { value: CheckKind; label: string }[] = [
  { value: 'practice', label: 'CI/CD practice check' },
  { value: 'teamMetric', label: 'Team metric' },
  { value: 'studentMetric', label: 'Per-student metric' },
];

const aggregates: readonly { value: Aggregate; label: string }[] = [
  { value: 'min', label: 'weakest student' },
  { value: 'max', label: 'strongest student' },
  { value: 'mean', label: 'mean of students' },
  { value: 'sum', label: 'sum of students' },
];

export interface CheckEditorProps {
  check: RubricCheck;
  /** criteria[i].checks[j] as the schema's issue paths name it. */
  path: readonly (string | number)[];
  position: number;
  count: number;
  issues: ReadonlyMap<string, string>;
  onChange(check: RubricCheck, key?: string): void;
  onMove(offset: number): void;
  onRemove(): void;
}

function describeRange(scope: 'team' | 'student', metric: string): string | undefined {
  const info = findGradingMetric(scope, metric);
  if (!info) return undefined;
  const unit = info.unit === 'ratio' ? ' (a ratio: 0.8 is 80 %)' : info.unit === 'percent' ? ' %' : '';
  return info.range.max === null ? `From ${info.range.min} up${unit}` : `${info.range.min} to ${info.range.max}${unit}`;
}

/** One check of an automatic criterion: what it is bound to, when it earns its points, and how many. */
export function CheckEditor({ check, path, position, count, issues, onChange, onMove, onRemove }: CheckEditorProps) {
  const key = (field: string) => `${path.join('.')}.${field}`;
  const required = (value: number | undefined) => value ?? Number.NaN;
  return (
    <li className="check-editor" aria-label={`Check ${position + 1}: ${check.name}`}>
      <div className="check-editor__fields">
        <RubricField path={[...path, 'name']} label="Check" issues={issues} className="check-editor__name">
          {(control) => (
            <input {...control} className="text-input" value={check.name} onChange={(e) => onChange({ ...check, name: e.target.value }, key('name'))} />
          )}
        </RubricField>
        <RubricField path={[...path, 'kind']} label="Bound to" issues={issues}>
          {(control) => (
            <select
              {...control}
              className="text-input select-input"
              value={check.kind}
              onChange={(e) => onChange(changeCheckKind(check, e.target.value as CheckKind))}
            >
              {checkKinds.map((kind) => (
                <option key={kind.value} value={kind.value}>
                  {kind.label}
                </option>
              ))}
            </select>
          )}
        </RubricField>
        {check.kind === 'practice' ? (
          <RubricField path={[...path, 'practice']} label="Practice" issues={issues}>
            {(control) => (
              <select
                {...control}
                className="text-input select-input"
                value={check.practice}
                onChange={(e) => onChange({ ...check, practice: e.target.value as PracticeName })}
              >
                {practiceNames.map((name) => (
                  <option key={name} value={name}>
                    {practiceLabels[name]}
                  </option>
                ))}
              </select>
            )}
          </RubricField>
        ) : (
          <>
            <RubricField path={[...path, 'metric']} label="Metric" issues={issues}>
              {(control) => (
                <select
                  {...control}
                  className="text-input select-input"
                  value={check.metric}
                  onChange={(e) => onChange({ ...check, metric: e.target.value } as RubricCheck)}
                >
                  {(check.kind === 'teamMetric' ? teamGradingMetrics : studentGradingMetrics).map((metric) => (
                    <option key={metric.id} value={metric.id}>
                      {metric.label}
                    </option>
                  ))}
                </select>
              )}
            </RubricField>
            {check.kind === 'studentMetric' && (
              <RubricField path={[...path, 'aggregate']} label="Over the team" issues={issues}>
                {(control) => (
                  <select
                    {...control}
                    className="text-input select-input"
                    value={check.aggregate}
                    onChange={(e) => onChange({ ...check, aggregate: e.target.value as Aggregate })}
                  >
                    {aggregates.map((aggregate) => (
                      <option key={aggregate.value} value={aggregate.value}>
                        {aggregate.label}
                      </option>
                    ))}
                  </select>
                )}
              </RubricField>
            )}
            <RubricField path={[...path, 'comparison']} label="Full points when" issues={issues}>
              {(control) => (
                <select
                  {...control}
                  className="text-input select-input"
                  value={check.comparison}
                  onChange={(e) => onChange({ ...check, comparison: e.target.value as Comparison })}
                >
                  <option value=">=">at least (≥)</option>
                  <option value="<=">at most (≤)</option>
                </select>
              )}
            </RubricField>
            <RubricField
              path={[...path, 'threshold']}
              label="Threshold"
              hint={describeRange(check.kind === 'teamMetric' ? 'team' : 'student', check.metric)}
              issues={issues}
              className="check-editor__number"
            >
              {(control) => (
                <NumberInput {...control} value={check.threshold} onValueChange={(v) => onChange({ ...check, threshold: required(v) }, key('threshold'))} />
              )}
            </RubricField>
            <RubricField
              path={[...path, 'partialFrom']}
              label="Partial credit from"
              hint="Empty: all or nothing"
              issues={issues}
              className="check-editor__number"
            >
              {(control) => (
                <NumberInput
                  {...control}
                  value={check.partialFrom}
                  onValueChange={(v) => {
                    const { partialFrom: _dropped, ...rest } = check;
                    onChange(v === undefined ? rest : { ...check, partialFrom: v }, key('partialFrom'));
                  }}
                />
              )}
            </RubricField>
          </>
        )}
        <RubricField path={[...path, 'points']} label="Points" issues={issues} className="check-editor__number">
          {(control) => <NumberInput {...control} value={check.points} onValueChange={(v) => onChange({ ...check, points: required(v) }, key('points'))} />}
        </RubricField>
      </div>
      <div className="check-editor__actions">
        <Button
          variant="ghost"
          aria-label={`Move check ${check.name} up`}
          disabledReason={position === 0 ? 'Already first' : undefined}
          onClick={() => onMove(-1)}
        >
          ↑
        </Button>
        <Button
          variant="ghost"
          aria-label={`Move check ${check.name} down`}
          disabledReason={position === count - 1 ? 'Already last' : undefined}
          onClick={() => onMove(1)}
        >
          ↓
        </Button>
        <Button variant="ghost" aria-label={`Remove check ${check.name}`} onClick={onRemove}>
          Remove
        </Button>
      </div>
    </li>
  );
}
