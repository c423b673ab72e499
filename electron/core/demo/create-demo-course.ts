import type { Course } from '../../../shared/domain/course';
import { ApiFailure } from '../api/api-failure';
import { parseGitlabList, parseGitlabObject } from '../gitlab/parse-gitlab-list';
import { CommitSchema, IssueSchema, JobSchema, MemberSchema, MergeRequestSchema, NoteSchema, PipelineSchema, ProjectSchema } from '../gitlab/schemas';
import type { Store } from '../store/create-store';
import type { GeneratedCourse, GeneratedTeam } from './course-types';
import { generateCourse } from './generate-course';

export const demoCourseName = 'demo';

/**
 * Creates (or regenerates) the demo course from the deterministic generator, writing through the same
 * schemas and repositories as a GitLab sync, in one transaction: a new user sees real dashboards
 * without a GitLab account, and a failure leaves the previous demo untouched.
 */
export function createDemoCourse(store: Store): Course {
  const generated = generateCourse();
  return store.transaction(() => {
    const existing = store.courses.findCourseByName(demoCourseName);
    if (existing && !existing.isDemo) throw new ApiFailure('conflict', `A course named "${demoCourseName}" already exists and is not the demo; rename or remove it first.`);
    if (existing) {
      store.courses.deleteCourse(existing.id);
      store.projects.dropOrphanProjects();
    }
    const course = store.courses.insertCourse({
      name: demoCourseName,
      gitlabUrl: generated.baseUrl,
      source: { kind: 'group', groupPath: generated.group.full_path },
      isDemo: true,
    });
    for (const team of generated.teams) storeTeam(store, course.id, generated, team);
    return store.courses.getCourse(course.id);
  });
}

function storeTeam(store: Store, courseId: number, generated: GeneratedCourse, team: GeneratedTeam): void {
  const projectId = store.projects.upsertProject(generated.baseUrl, parseGitlabObject(ProjectSchema, team.project, 'project'));
  store.projects.linkTeam(courseId, projectId);
  const publicEmails = new Map(generated.users.map((u) => [u.id, u.public_email || null]));
  // The members API does not say who is a bot; the user record does (GET /users/:id has `bot`).
  const bots = new Set(generated.users.filter((u) => u.bot).map((u) => u.id));
  const students = parseGitlabList(MemberSchema, team.members, 'member').filter((m) => !bots.has(m.id));
  const staff = parseGitlabList(MemberSchema, generated.staffMembers, 'member');
  store.activity.upsertMembers(projectId, [
    ...students.map((m) => ({ ...m, role: 'student' as const, publicEmail: publicEmails.get(m.id) ?? null })),
    ...staff.map((m) => ({ ...m, role: 'staff' as const, publicEmail: publicEmails.get(m.id) ?? null })),
  ]);
  store.pipelines.upsertPipelines(projectId, parseGitlabList(PipelineSchema, team.pipelines, 'pipeline'));
  // Like a sync without include_retried, only the latest attempt of each job is kept.
  store.pipelines.upsertJobs(projectId, parseGitlabList(JobSchema, team.jobs.filter((j) => !j.retried), 'job'));
  store.activity.upsertCommits(projectId, parseGitlabList(CommitSchema, team.commits, 'commit'));
  store.activity.upsertMergeRequests(projectId, parseGitlabList(MergeRequestSchema, team.mergeRequests, 'merge request'));
  store.activity.upsertIssues(projectId, parseGitlabList(IssueSchema, team.issues, 'issue'));
  for (const note of parseGitlabList(NoteSchema, [...team.mergeRequestNotes, ...team.issueNotes], 'note')) {
    store.activity.upsertNotes(projectId, [note], note.noteable_iid ?? 0);
  }
}
