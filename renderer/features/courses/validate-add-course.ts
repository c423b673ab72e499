import type { MethodInput } from '../../../shared/api/contract';
import { CourseNameSchema } from '../../../shared/domain/course';
import { checkGitlabUrl } from '../connections/check-gitlab-url';

export type SourceKind = 'group' | 'projects';

export interface AddCourseValues {
  name: string;
  gitlabUrl: string;
  sourceKind: SourceKind;
  groupPath: string;
  projectList: string;
}

export type AddCourseField = 'name' | 'gitlabUrl' | 'groupPath' | 'projectList';
export type AddCourseErrors = Partial<Record<AddCourseField, string>>;

export const emptyAddCourseValues: AddCourseValues = {
  name: '',
  gitlabUrl: '',
  sourceKind: 'group',
  groupPath: '',
  projectList: '',
};

/** One path per line; blank lines and surrounding spaces from copy-paste are ignored. */
export function splitProjectList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Checks the form before it reaches the core, with the same name rule the core applies, so most
 * mistakes show next to their field; the core still validates and its message is shown too.
 */
export function validateAddCourse(values: AddCourseValues): { input: MethodInput<'courses.add'> } | { errors: AddCourseErrors } {
  const errors: AddCourseErrors = {};
  const name = CourseNameSchema.safeParse(values.name);
  if (!name.success) errors.name = name.error.issues[0]?.message ?? 'Course name is not valid';
  const gitlabUrl = values.gitlabUrl.trim();
  const urlError = checkGitlabUrl(gitlabUrl);
  if (urlError) errors.gitlabUrl = urlError;

  const groupPath = values.groupPath.trim().replace(/^\/+|\/+$/g, '');
  const projectPaths = splitProjectList(values.projectList);
  if (values.sourceKind === 'group' && groupPath === '') errors.groupPath = 'Enter the group path, e.g. teaching/se-2026';
  if (values.sourceKind === 'projects' && projectPaths.length === 0) errors.projectList = 'Enter at least one project path';

  if (Object.keys(errors).length > 0 || !name.success) return { errors };
  return {
    input: {
      name: name.data,
      gitlabUrl,
      ...(values.sourceKind === 'group' ? { groupPath } : { projectPaths }),
    },
  };
}
