import type { FormEvent } from 'react';
import { useState } from 'react';
import type { Course } from '../../../shared/domain/course';
import { FormField } from '../../components/FormField';
import { Panel } from '../../components/Panel';
import { useCoursesStore } from '../courses/courses-store';
import { SaveRow } from './SaveRow';
import { useSaveRow } from './useSaveRow';
import type { MetricSettingsValues } from './validate-metric-settings';
import { validateMetricSettings } from './validate-metric-settings';

function valuesOf(course: Course): MetricSettingsValues {
  return { coverageThreshold: String(course.coverageThreshold), timeZone: course.timeZone ?? '' };
}

const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The time zones the runtime knows, offered as suggestions; any IANA name may be typed. */
const zoneSuggestions: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** The coverage a team must reach for its coverage check, and the time zone calendar days are counted in. */
export function MetricSettingsPanel({ course }: { course: Course }) {
  const [values, setValues] = useState<MetricSettingsValues>(() => valuesOf(course));
  const saveRow = useSaveRow();

  const saved = valuesOf(course);
  const isChanged = values.coverageThreshold.trim() !== saved.coverageThreshold || values.timeZone.trim() !== saved.timeZone;
  const errors = validateMetricSettings(values);
  const blocked = errors.coverageThreshold ?? errors.timeZone ?? (isChanged ? undefined : 'Nothing changed yet.');

  function change(field: keyof MetricSettingsValues, value: string): void {
    setValues((current) => ({ ...current, [field]: value }));
    saveRow.clearSavedNote();
  }

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (blocked !== undefined) return;
    const zone = values.timeZone.trim();
    await saveRow.runSave(
      () =>
        useCoursesStore.getState().updateCourse({
          courseId: course.id,
          coverageThreshold: Number(values.coverageThreshold.trim()),
          timeZone: zone === '' ? null : zone,
        }),
      (outcome) => {
        setValues(valuesOf(outcome.course));
        return `Saved: coverage at least ${outcome.course.coverageThreshold} %, days in ${outcome.course.timeZone ?? `this computer's zone (${machineZone})`}.`;
      },
    );
  }

  return (
    <Panel title="Metrics" description="What the coverage check asks for, and the time zone that decides which day a pipeline or commit falls on.">
      <form className="window-form" noValidate onSubmit={(event) => void save(event)} aria-label="Metric settings">
        <div className="window-form__dates">
          <FormField id="course-coverage-threshold" label="Coverage threshold (%)" error={errors.coverageThreshold} hint="Default 60.">
            {(control) => (
              <input
                {...control}
                className="text-input"
                type="number"
                inputMode="decimal"
                min={0}
                max={100}
                step="any"
                value={values.coverageThreshold}
                onChange={(e) => change('coverageThreshold', e.target.value)}
              />
            )}
          </FormField>
          <FormField id="course-time-zone" label="Time zone" error={errors.timeZone} hint={`Empty: this computer's (${machineZone}).`}>
            {(control) => (
              <>
                <input
                  {...control}
                  className="text-input"
                  list="course-time-zones"
                  placeholder={machineZone}
                  spellCheck={false}
                  value={values.timeZone}
                  onChange={(e) => change('timeZone', e.target.value)}
                />
                <datalist id="course-time-zones">
                  {zoneSuggestions.map((zone) => (
                    <option key={zone} value={zone} />
                  ))}
                </datalist>
              </>
            )}
          </FormField>
        </div>
        <SaveRow
          state={saveRow}
          saveLabel="Save metric settings"
          blocked={blocked}
          canUndo={isChanged}
          onUndo={() => setValues(saved)}
          errorTitle="Could not save the metric settings"
        />
      </form>
    </Panel>
  );
}
