import type { Course } from '../../../shared/domain/course';
import { ApiFailure } from '../api/api-failure';
import { mapMemberRow, mapUserRow } from '../gitlab/map-member-rows';
import { mapJobRow, mapPipelineRow, mapTestReportRow } from '../gitlab/map-pipeline-rows';
import { mapProjectRow } from '../gitlab/map-project-row';
import { mapBranchRow, mapCommitRow, mapTagRow } from '../gitlab/map-repository-rows';
import { mapIssueRow, mapMergeRequestRow, mapNoteRow } from '../gitlab/map-work-item-rows';
import { parseGitlabList, parseGitlabObject, type Listing } from '../gitlab/parse-gitlab-list';
import {
  BranchSchema,
  CommitSchema,
  type GitlabNote,
  IssueSchema,
  JobSchema,
  MemberSchema,
  MergeRequestSchema,
  NoteSchema,
  PipelineSchema,
  ProjectSchema,
  TagSchema,
  TestReportSummarySchema,
  UserSchema,
} from '../gitlab/schemas';
import type { Store } from '../store/create-store';
import type { NoteParent } from '../store/rows/work-item-rows';
import type { GeneratedCourse, GeneratedTeam } from './course-types';
import { addDashboardCases } from './dashboard-cases';
import { generateCourse } from './generate-course';

const demoCourseName = 'demo';

/**
 * Creates (or regenerates) the demo course from the deterministic generator, writing through the same
 * schemas, mappers and repositories as a GitLab sync, in one transaction: a new user sees real dashboards
 * without a GitLab account, and a failure leaves the previous demo untouched.
 */
export function createDemoCourse(store: Store): Course {
  const generated = generateCourse();
  addDashboardCases(generated);
  return store.transaction(() => {
    const existing = store.courses.findCourseByName(demoCourseName);
    if (existing && !existing.isDemo)
      throw new ApiFailure('conflict', `A course named "${demoCourseName}" already exists and is not the demo; rename or remove it first.`);
    if (existing) {
      store.courses.deleteCourse(existing.id);
      store.projects.dropOrphanProjects();
    }
    const course = store.courses.insertCourse({
      name: demoCourseName,
      gitlabUrl: generated.baseUrl,
      source: { kind: 'group', groupPath: generated.group.full_path },
      isDemo: true,
      windowStart: generated.semesterStart.slice(0, 10),
      windowEnd: generated.semesterEnd.slice(0, 10),
    });
    for (const team of generated.teams) storeTeam(store, course.id, generated, team);
    return store.courses.getCourse(course.id);
  });
}

/** The generated objects pass through the same schemas as GitLab's; failures name the generator. */
const demoSource = 'the demo generator';
const fromDemo = (items: unknown[]): Listing => ({ items, endpoint: demoSource });

function storeTeam(store: Store, courseId: number, generated: GeneratedCourse, team: GeneratedTeam): void {
  const projectId = store.projects.upsertProject(generated.baseUrl, mapProjectRow(parseGitlabObject(ProjectSchema, team.project, 'project', demoSource)));
  store.projects.linkTeam(courseId, projectId);
  const users = parseGitlabList(UserSchema, fromDemo(generated.users), 'user');
  const usersById = new Map(users.map((u) => [u.id, u]));
  const students = parseGitlabList(MemberSchema, fromDemo(team.members), 'member').filter((m) => !usersById.get(m.id)?.bot);
  const staff = parseGitlabList(MemberSchema, fromDemo(generated.staffMembers), 'member');
  for (const m of [...students, ...staff]) {
    const user = usersById.get(m.id);
    if (user) store.members.upsertUser(generated.baseUrl, mapUserRow(user));
  }
  store.members.replaceMembers(projectId, [
    ...students.map((m) => mapMemberRow(m, 'student', usersById.get(m.id)?.public_email ?? null)),
    ...staff.map((m) => mapMemberRow(m, 'staff', usersById.get(m.id)?.public_email ?? null)),
  ]);

  store.repository.upsertCommits(projectId, parseGitlabList(CommitSchema, fromDemo(team.commits), 'commit').map(mapCommitRow));
  const branches = parseGitlabList(BranchSchema, fromDemo(team.branches), 'branch').map(mapBranchRow);
  store.repository.replaceBranches(projectId, branches);
  for (const b of branches) store.repository.markBranchSynced(projectId, b.name, b.headSha);
  store.repository.replaceTags(projectId, parseGitlabList(TagSchema, fromDemo(team.tags), 'tag').map(mapTagRow));

  store.workItems.upsertMergeRequests(projectId, parseGitlabList(MergeRequestSchema, fromDemo(team.mergeRequests), 'merge request').map(mapMergeRequestRow));
  store.workItems.upsertIssues(projectId, parseGitlabList(IssueSchema, fromDemo(team.issues), 'issue').map(mapIssueRow));
  writeNotes(store, projectId, 'MergeRequest', parseGitlabList(NoteSchema, fromDemo(team.mergeRequestNotes), 'note'));
  writeNotes(store, projectId, 'Issue', parseGitlabList(NoteSchema, fromDemo(team.issueNotes), 'note'));

  store.pipelines.upsertPipelines(projectId, parseGitlabList(PipelineSchema, fromDemo(team.pipelines), 'pipeline').map(mapPipelineRow));
  // Like a sync without include_retried, only the latest attempt of each job is kept.
  store.pipelines.upsertJobs(projectId, parseGitlabList(JobSchema, fromDemo(team.jobs.filter((j) => !j.retried)), 'job').map(mapJobRow));
  for (const [pipelineId, summary] of Object.entries(team.testReportSummaries)) {
    store.pipelines.upsertTestReport(
      projectId,
      Number(pipelineId),
      mapTestReportRow(parseGitlabObject(TestReportSummarySchema, summary, 'test report summary', demoSource)),
    );
  }
  const main = branches.find((b) => b.isDefault);
  store.ciConfigs.writeCiConfig(projectId, { ref: main?.name ?? 'main', sha: main?.headSha ?? null, content: team.ciConfig, includes: [] });
}

function writeNotes(store: Store, projectId: number, parent: NoteParent, notes: GitlabNote[]): void {
  const byParent = Map.groupBy(notes, (n) => n.noteable_iid ?? 0);
  for (const [iid, list] of byParent) store.workItems.replaceNotes(projectId, parent, iid, list.map(mapNoteRow));
}
