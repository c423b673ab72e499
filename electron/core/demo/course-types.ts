import type {
  RestCommit,
  RestBranch,
  RestGroup,
  RestIssue,
  RestJob,
  RestMember,
  RestMergeRequest,
  RestNote,
  RestPipeline,
  RestProject,
  RestTag,
  RestTestReportSummary,
  RestUser,
} from './rest-types';

export interface GenerateCourseOptions {
  /** Same seed, same course (deep-equal). Default 1. */
  seed?: number;
  /** Number of team projects. Default 8. */
  teams?: number;
  /** Inclusive range of students per team. Default { min: 3, max: 5 }. */
  studentsPerTeam?: { min: number; max: number };
  /** First day of the semester, `YYYY-MM-DD` (a Monday). Default '2026-02-16'. */
  semesterStart?: string;
  /** Semester length in weeks. Default 13. */
  weeks?: number;
  /** Multiplies commits, pipelines, merge requests and issues per team (10 for memory benchmarks). Default 1. */
  activityScale?: number;
  /** GitLab instance URL used in every web_url. Default 'https://gitlab.example.edu'. */
  baseUrl?: string;
  /** Full path of the course group; teams live in one subgroup per cohort below it. Default 'teaching/se-2026'. */
  groupPath?: string;
}

/**
 * A job as generated. `retried` is not a GitLab field: it marks an older attempt of a job that was
 * retried, which GitLab only returns with `include_retried=true`. The simulator strips it.
 */
export interface GeneratedJob extends RestJob {
  retried?: boolean;
}

export interface GeneratedTeam {
  project: RestProject;
  /** Direct project members: the students and the project's bot user. */
  members: RestMember[];
  /** Every commit of the repository, oldest first; parent_ids point inside this list. */
  commits: RestCommit[];
  branches: RestBranch[];
  tags: RestTag[];
  mergeRequests: RestMergeRequest[];
  mergeRequestNotes: RestNote[];
  issues: RestIssue[];
  issueNotes: RestNote[];
  /** Detail form, oldest first. */
  pipelines: RestPipeline[];
  /** Every attempt of every job, ordered by id. */
  jobs: GeneratedJob[];
  /** Keyed by pipeline id; present for pipelines whose test job ran. */
  testReportSummaries: Record<number, RestTestReportSummary>;
  /** `.gitlab-ci.yml` at the head of main, or null when the team has none. */
  ciConfig: string | null;
}

export interface GeneratedCourse {
  baseUrl: string;
  group: RestGroup;
  subgroups: RestGroup[];
  /** Students, staff and one bot user per project. */
  users: RestUser[];
  /** Members of the course group, inherited by every project. */
  staffMembers: RestMember[];
  teams: GeneratedTeam[];
  semesterStart: string;
  semesterEnd: string;
  /** ISO time of the newest generated event (commit, pipeline update, note, ...). */
  latestEventAt: string;
}
