import type { FormEvent } from 'react';
import { useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import { useRouteStore } from '../../app/route-store';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import type { SegmentedOption } from '../../components/SegmentedControl';
import { SegmentedControl } from '../../components/SegmentedControl';
import { useCoursesStore } from './courses-store';
import { MissingConnectionHint } from './MissingConnectionHint';
import type { AddCourseValues, SourceKind } from './validate-add-course';
import { emptyAddCourseValues, validateAddCourse } from './validate-add-course';

const sourceChoices: readonly SegmentedOption<SourceKind>[] = [
  { value: 'group', label: 'Group' },
  { value: 'projects', label: 'Project list' },
];

export function AddCourseForm() {
  const [values, setValues] = useState<AddCourseValues>(emptyAddCourseValues);
  // Errors appear after the first submit, then follow every keystroke so fixed fields clear at once.
  const [hasTriedSubmit, setHasTriedSubmit] = useState(false);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [serverError, setServerError] = useState<ApiError | undefined>(undefined);

  const validation = validateAddCourse(values);
  const errors = hasTriedSubmit && 'errors' in validation ? validation.errors : {};
  const change = (field: keyof AddCourseValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setHasTriedSubmit(true);
    if (!('input' in validation)) return;
    setIsSubmitting(true);
    setServerError(undefined);
    const outcome = await useCoursesStore.getState().addCourse(validation.input);
    setIsSubmitting(false);
    if ('error' in outcome) {
      setServerError(outcome.error);
      return;
    }
    setValues(emptyAddCourseValues);
    setHasTriedSubmit(false);
    useRouteStore.getState().openCourse(outcome.course.id);
  }

  return (
    <form className="add-course-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Add your course">
      {serverError && <ErrorBanner title="GitPulse could not add this course" error={serverError} />}
      <FormField id="course-name" label="Course name" error={errors.name} hint="Letters, digits, spaces, dots, dashes and underscores.">
        {(control) => (
          <input {...control} className="text-input" value={values.name} onChange={change('name')} placeholder="Software Engineering 2026" autoComplete="off" />
        )}
      </FormField>
      <FormField id="course-gitlab-url" label="GitLab URL" error={errors.gitlabUrl}>
        {(control) => (
          <input
            {...control}
            className="text-input"
            type="url"
            inputMode="url"
            value={values.gitlabUrl}
            onChange={change('gitlabUrl')}
            placeholder="https://gitlab.example.edu"
            autoComplete="url"
          />
        )}
      </FormField>
      <MissingConnectionHint gitlabUrl={values.gitlabUrl} />
      <fieldset className="source-choice">
        <legend className="form-field__label">Team projects</legend>
        <SegmentedControl
          name="course-source"
          options={sourceChoices}
          value={values.sourceKind}
          onChange={(sourceKind) => setValues((current) => ({ ...current, sourceKind }))}
        />
      </fieldset>
      {values.sourceKind === 'group' ? (
        <FormField id="course-group" label="Group path" error={errors.groupPath} hint="Every project in this group and its subgroups is one team.">
          {(control) => (
            <input
              {...control}
              className="text-input"
              value={values.groupPath}
              onChange={change('groupPath')}
              placeholder="teaching/se-2026"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </FormField>
      ) : (
        <FormField id="course-projects" label="Project paths" error={errors.projectList} hint="One project path per line; each project is one team.">
          {(control) => (
            <textarea
              {...control}
              className="text-input"
              value={values.projectList}
              onChange={change('projectList')}
              placeholder={'teaching/se-2026/team-01\nteaching/se-2026/team-02'}
              spellCheck={false}
              rows={5}
            />
          )}
        </FormField>
      )}
      <div>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Adding…' : 'Add course'}
        </Button>
      </div>
    </form>
  );
}
