import type { FormEvent } from 'react';
import { useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { Course } from '../../../shared/domain/course';
import { api } from '../../api-client';
import { useRouteStore } from '../../app/route-store';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { Panel } from '../../components/Panel';
import type { SegmentedOption } from '../../components/SegmentedControl';
import { SegmentedControl } from '../../components/SegmentedControl';
import { useCoursesStore } from '../courses/courses-store';
import type { AddCourseValues, SourceKind } from '../courses/validate-add-course';
import { validateAddCourse } from '../courses/validate-add-course';
import './source-form.css';

const sourceChoices: readonly SegmentedOption<SourceKind>[] = [
  { value: 'group', label: 'Group' },
  { value: 'projects', label: 'Project list' },
];

function valuesOf(course: Course): AddCourseValues {
  return {
    name: course.name,
    gitlabUrl: course.gitlabUrl,
    sourceKind: course.source.kind,
    groupPath: course.source.kind === 'group' ? course.source.groupPath : '',
    projectList: course.source.kind === 'projects' ? course.source.projectPaths.join('\n') : '',
  };
}

type Saved = { isChecked: boolean; gitlabUrl: string };

/** The course's name and where its teams come from; a fix is looked up on GitLab before it is saved, where GitPulse has a connection. */
export function CourseSourcePanel({ course }: { course: Course }) {
  const [values, setValues] = useState<AddCourseValues>(() => valuesOf(course));
  const [isSaving, setIsSaving] = useState(false);
  const [serverError, setServerError] = useState<ApiError | undefined>(undefined);
  const [saved, setSaved] = useState<Saved | undefined>(undefined);
  const validation = validateAddCourse(values);
  const errors = 'errors' in validation ? validation.errors : {};
  const isChanged = JSON.stringify(values) !== JSON.stringify(valuesOf(course));
  const change = (field: keyof AddCourseValues) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setSaved(undefined);
  };

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!('input' in validation) || !isChanged || isSaving) return;
    setIsSaving(true);
    setServerError(undefined);
    const result = await api.call('courses.updateSource', { courseId: course.id, ...validation.input });
    setIsSaving(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    await useCoursesStore.getState().fetchCourses();
    setValues(valuesOf(result.value.course));
    setSaved({ isChecked: result.value.isChecked, gitlabUrl: result.value.course.gitlabUrl });
  }

  return (
    <Panel title="Course and source" description="The name, and the GitLab group or projects the teams come from. The next sync lists the teams again.">
      <form className="source-form" noValidate onSubmit={(event) => void save(event)} aria-label="Course and source">
        {serverError && <ErrorBanner title="The course was not changed" error={serverError} />}
        <FormField id="source-name" label="Course name" error={errors.name}>
          {(control) => <input {...control} className="text-input" value={values.name} onChange={change('name')} autoComplete="off" />}
        </FormField>
        <FormField id="source-gitlab-url" label="GitLab URL" error={errors.gitlabUrl}>
          {(control) => <input {...control} className="text-input" type="url" value={values.gitlabUrl} onChange={change('gitlabUrl')} autoComplete="url" />}
        </FormField>
        <fieldset className="source-choice">
          <legend className="form-field__label">Team projects</legend>
          <SegmentedControl
            name="edit-course-source"
            options={sourceChoices}
            value={values.sourceKind}
            onChange={(sourceKind) => setValues((current) => ({ ...current, sourceKind }))}
          />
        </fieldset>
        {values.sourceKind === 'group' ? (
          <FormField id="source-group" label="Group path" error={errors.groupPath}>
            {(control) => <input {...control} className="text-input" value={values.groupPath} onChange={change('groupPath')} spellCheck={false} />}
          </FormField>
        ) : (
          <FormField id="source-projects" label="Project paths" error={errors.projectList} hint="One project path per line.">
            {(control) => (
              <textarea {...control} className="text-input" value={values.projectList} onChange={change('projectList')} spellCheck={false} rows={4} />
            )}
          </FormField>
        )}
        <div className="source-form__actions">
          <Button type="submit" variant="primary" disabled={isSaving} disabledReason={isChanged ? undefined : 'Nothing changed yet.'}>
            {isSaving ? 'Checking on GitLab…' : 'Save'}
          </Button>
          {saved && (
            <p className="course-settings__note" role="status">
              {saved.isChecked ? 'Saved; GitLab has it.' : `Saved without a check: GitPulse has no connection to ${saved.gitlabUrl} yet. `}
              {!saved.isChecked && (
                <Button variant="ghost" onClick={() => useRouteStore.getState().openSettings('connections')}>
                  Add one in Settings → Connections
                </Button>
              )}
            </p>
          )}
        </div>
      </form>
    </Panel>
  );
}
