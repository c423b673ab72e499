import type { FormEvent } from 'react';
import { useState } from 'react';
import type { Course } from '../../../shared/domain/course';
import { FormField } from '../../components/FormField';
import { Panel } from '../../components/Panel';
import { useCoursesStore } from '../courses/courses-store';
import { formatCourseWindow } from '../courses/format-course-window';
import { SaveRow } from './SaveRow';
import { useSaveRow } from './useSaveRow';
import type { CourseWindowValues } from './validate-course-window';
import { validateCourseWindow } from './validate-course-window';

function valuesOf(course: Course): CourseWindowValues {
  return { start: course.windowStart ?? '', end: course.windowEnd ?? '' };
}

/** The dates that bound which activity counts; an empty date leaves that side open. */
export function CourseWindowPanel({ course }: { course: Course }) {
  const [values, setValues] = useState<CourseWindowValues>(() => valuesOf(course));
  const saveRow = useSaveRow();

  const saved = valuesOf(course);
  const isChanged = values.start !== saved.start || values.end !== saved.end;
  const errors = validateCourseWindow(values);
  const blocked = errors.start ?? errors.end ?? (isChanged ? undefined : 'Nothing changed yet.');

  function change(field: keyof CourseWindowValues, value: string): void {
    setValues((current) => ({ ...current, [field]: value }));
    saveRow.clearSavedNote();
  }

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (blocked !== undefined) return;
    await saveRow.runSave(
      () =>
        useCoursesStore.getState().updateCourse({
          courseId: course.id,
          windowStart: values.start === '' ? null : values.start,
          windowEnd: values.end === '' ? null : values.end,
        }),
      (outcome) => {
        setValues(valuesOf(outcome.course));
        return `Saved: ${formatCourseWindow(outcome.course.windowStart, outcome.course.windowEnd)}`;
      },
    );
  }

  return (
    <Panel
      title="Course window"
      description="Commits, merge requests and pipelines outside these dates do not count towards the metrics. Leave a date empty to keep that side open."
    >
      <form className="window-form" noValidate onSubmit={(event) => void save(event)} aria-label="Course window">
        <div className="window-form__dates">
          <FormField id="course-window-start" label="Starts on" error={errors.start}>
            {(control) => (
              <input
                {...control}
                className="text-input"
                type="date"
                value={values.start}
                max={values.end || undefined}
                onChange={(e) => change('start', e.target.value)}
              />
            )}
          </FormField>
          <FormField id="course-window-end" label="Ends on" error={errors.end}>
            {(control) => (
              <input
                {...control}
                className="text-input"
                type="date"
                value={values.end}
                min={values.start || undefined}
                onChange={(e) => change('end', e.target.value)}
              />
            )}
          </FormField>
        </div>
        <SaveRow
          state={saveRow}
          saveLabel="Save window"
          blocked={blocked}
          canUndo={isChanged}
          onUndo={() => setValues(saved)}
          errorTitle="Could not save the course window"
        />
      </form>
    </Panel>
  );
}
