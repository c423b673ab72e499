import type { GeneratedCourse, GeneratedTeam } from '../../electron/core/demo/course-types';
import { parseGitlabList, parseGitlabObject } from '../../electron/core/gitlab/parse-gitlab-list';
import { mapJobRow, mapPipelineRow } from '../../electron/core/gitlab/map-pipeline-rows';
import { mapProjectRow } from '../../electron/core/gitlab/map-project-row';
import { mapCommitRow } from '../../electron/core/gitlab/map-repository-rows';
import { mapIssueRow, mapMergeRequestRow, mapNoteRow } from '../../electron/core/gitlab/map-work-item-rows';
import { CommitSchema, IssueSchema, JobSchema, MergeRequestSchema, NoteSchema, PipelineSchema, ProjectSchema } from '../../electron/core/gitlab/schemas';
import { createStore, type Store } from '../../electron/core/store/create-store';
import type { JobRow, PipelineRow } from '../../electron/core/store/rows/pipeline-rows';
import type { ProjectRow } from '../../electron/core/store/rows/project-row';
import type { CommitRow } from '../../electron/core/store/rows/repository-rows';
import type { IssueRow, MergeRequestRow, NoteRow } from '../../electron/core/store/rows/work-item-rows';
import { presentJob, presentPipelineListItem } from '../support/gitlab-simulator/present-objects';
import { makeTempDir } from '../support/temp-dir';

/** The sync commits one page at a time; writing in pages of the same size keeps the comparison fair. */
const pageSize = 100;

/** A team's rows parsed and mapped exactly as the sync does with GitLab's answers, ready to write. */
interface ParsedTeam {
  project: ProjectRow;
  commits: CommitRow[];
  pipelines: PipelineRow[];
  jobsByPipeline: Map<number, JobRow[]>;
  mergeRequests: MergeRequestRow[];
  issues: IssueRow[];
  notes: Map<string, NoteRow[]>;
}

export interface StoreRateRow {
  what: string;
  rows: number;
  ms: number;
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function pages<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += pageSize) result.push(items.slice(i, i + pageSize));
  return result;
}

function parseTeam(team: GeneratedTeam): ParsedTeam {
  const notes = parseGitlabList(NoteSchema, { items: [...team.mergeRequestNotes, ...team.issueNotes], endpoint: 'bench' }, 'note');
  return {
    project: mapProjectRow(parseGitlabObject(ProjectSchema, team.project, 'project', 'bench')),
    commits: parseGitlabList(CommitSchema, { items: team.commits, endpoint: 'bench' }, 'commit').map(mapCommitRow),
    // The list form, as the sync receives it: no timings, which replaceJobs then derives.
    pipelines: parseGitlabList(PipelineSchema, { items: team.pipelines.map(presentPipelineListItem), endpoint: 'bench' }, 'pipeline').map(mapPipelineRow),
    jobsByPipeline: groupBy(
      parseGitlabList(JobSchema, { items: team.jobs.filter((job) => !job.retried).map(presentJob), endpoint: 'bench' }, 'job').map(mapJobRow),
      (job) => job.pipelineId,
    ),
    mergeRequests: parseGitlabList(MergeRequestSchema, { items: team.mergeRequests, endpoint: 'bench' }, 'merge request').map(mapMergeRequestRow),
    issues: parseGitlabList(IssueSchema, { items: team.issues, endpoint: 'bench' }, 'issue').map(mapIssueRow),
    notes: new Map([...groupBy(notes, (note) => `${note.noteable_type}:${note.noteable_iid}`)].map(([key, list]) => [key, list.map(mapNoteRow)])),
  };
}

type Timer = (what: string, rows: number, write: () => void) => void;

/** Merge requests or issues page by page, each page together with its items' notes, as sync-work-items.ts does. */
function writeWorkItems<T extends { iid: number }>(
  store: Store,
  time: Timer,
  what: string,
  items: T[],
  notesOf: (iid: number) => NoteRow[],
  upsert: (page: T[]) => void,
  replaceNotes: (iid: number, notes: NoteRow[]) => void,
): void {
  for (const page of pages(items)) {
    const notes = page.map((item) => ({ iid: item.iid, list: notesOf(item.iid) }));
    time(what, page.length + notes.reduce((sum, n) => sum + n.list.length, 0), () =>
      store.transaction(() => {
        upsert(page);
        for (const n of notes) replaceNotes(n.iid, n.list);
      }),
    );
  }
}

/** Writes one team with the same repo calls and per-page transactions the syncers use. */
function writeTeam(store: Store, instanceUrl: string, team: ParsedTeam, timings: Map<string, StoreRateRow>): void {
  const time: Timer = (what, rows, write) => {
    const started = performance.now();
    write();
    const row = timings.get(what) ?? { what, rows: 0, ms: 0 };
    row.rows += rows;
    row.ms += performance.now() - started;
    timings.set(what, row);
  };
  let projectId = 0;
  time('projects', 1, () => {
    projectId = store.transaction(() => store.projects.upsertProject(instanceUrl, team.project));
  });
  for (const page of pages(team.commits)) time('commits', page.length, () => store.transaction(() => store.repository.upsertCommits(projectId, page)));
  for (const page of pages(team.pipelines)) {
    const jobs = page.reduce((sum, p) => sum + (team.jobsByPipeline.get(p.gitlabId)?.length ?? 0), 0);
    time('pipelines + their jobs', page.length + jobs, () =>
      store.transaction(() => {
        store.pipelines.upsertPipelines(projectId, page);
        for (const p of page) store.pipelines.replaceJobs(projectId, p.gitlabId, team.jobsByPipeline.get(p.gitlabId) ?? []);
      }),
    );
  }
  writeWorkItems(
    store,
    time,
    'merge requests + their notes',
    team.mergeRequests,
    (iid) => team.notes.get(`MergeRequest:${iid}`) ?? [],
    (page) => store.workItems.upsertMergeRequests(projectId, page),
    (iid, notes) => store.workItems.replaceNotes(projectId, 'MergeRequest', iid, notes),
  );
  writeWorkItems(
    store,
    time,
    'issues + their notes',
    team.issues,
    (iid) => team.notes.get(`Issue:${iid}`) ?? [],
    (page) => store.workItems.upsertIssues(projectId, page),
    (iid, notes) => store.workItems.replaceNotes(projectId, 'Issue', iid, notes),
  );
}

/**
 * The store's own write rate, without HTTP: the generated course's rows parsed up front (not timed),
 * then written through the store's repos in page-sized transactions into a fresh database.
 */
export function measureStoreWriteRate(course: GeneratedCourse): StoreRateRow[] {
  const parsed = course.teams.map(parseTeam);
  const temp = makeTempDir('gitpulse-bench-store-');
  const store = createStore(temp.path);
  const timings = new Map<string, StoreRateRow>();
  try {
    for (const team of parsed) writeTeam(store, course.baseUrl, team, timings);
  } finally {
    store.close();
    temp.cleanup();
  }
  return [...timings.values()];
}
