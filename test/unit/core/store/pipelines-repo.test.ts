import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../../../electron/core/store/create-store';
import type { PipelineRow, TestReportRow } from '../../../../electron/core/store/rows/pipeline-rows';
import { makeTempDir } from '../../../support/temp-dir';

const pipeline: PipelineRow = {
  gitlabId: 41,
  iid: 1,
  status: 'success',
  source: 'push',
  ref: 'main',
  sha: 'abc',
  webUrl: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:05:00.000Z',
  startedAt: null,
  finishedAt: null,
  duration: null,
  queuedDuration: null,
  coverage: null,
};

describe('the pipelines repo', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let projectId: number;

  beforeEach(() => {
    temp = makeTempDir();
    store = createStore(temp.path);
    projectId = store.projects.upsertProject('https://gitlab.example.edu', {
      gitlabId: 7,
      name: 'p',
      pathWithNamespace: 'g/p',
      webUrl: 'https://gitlab.example.edu/g/p',
      defaultBranch: 'main',
      isArchived: false,
      lastActivityAt: null,
    });
    store.pipelines.upsertPipelines(projectId, [pipeline]);
  });
  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  function readTestReports() {
    const db = new Database(join(temp.path, 'gitpulse.sqlite'), { readonly: true });
    try {
      return db.prepare('SELECT project_id, pipeline_id, total_count, failed_count FROM test_reports').all();
    } finally {
      db.close();
    }
  }

  it('stores a test report under the pipeline it is given, whatever extra fields the report object carries', () => {
    // An object from elsewhere may hold more than the row type names; binding explicit fields means
    // none of them can take the place of the ids.
    const fromElsewhere = { projectId: 999, pipelineId: 999, totalCount: 12, successCount: 10, failedCount: 2, skippedCount: 0, errorCount: 0, totalTime: 1.5 };
    const report: TestReportRow = fromElsewhere;
    store.pipelines.upsertTestReport(projectId, pipeline.gitlabId, report);
    expect(readTestReports()).toEqual([{ project_id: projectId, pipeline_id: 41, total_count: 12, failed_count: 2 }]);
  });

  it('reads the facts of pipelines created inside a window, from included and to excluded', () => {
    store.pipelines.upsertPipelines(projectId, [
      { ...pipeline, gitlabId: 42, createdAt: '2026-02-28T23:59:59.999Z' },
      { ...pipeline, gitlabId: 43, createdAt: '2026-03-01T00:00:00.000Z' },
      { ...pipeline, gitlabId: 44, createdAt: '2026-03-02T23:59:59.999Z' },
      { ...pipeline, gitlabId: 45, createdAt: '2026-03-03T00:00:00.000Z' },
    ]);
    const course = store.courses.insertCourse({
      name: 'se',
      gitlabUrl: 'https://gitlab.example.edu',
      source: { kind: 'group', groupPath: 'g' },
      isDemo: false,
    });
    store.projects.linkTeam(course.id, projectId);
    const facts = store.queries.pipelineFacts.readPipelineFacts(course.id, { from: '2026-03-01T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' });
    // 41 (10:00 on the 1st), 43 and 44.
    expect(
      facts
        .get(projectId)
        ?.map((p) => p.createdAt)
        .sort(),
    ).toEqual(['2026-03-01T00:00:00.000Z', '2026-03-01T10:00:00.000Z', '2026-03-02T23:59:59.999Z']);
  });

  it('leaves child pipelines out of the facts: they are part of their parent’s run', () => {
    store.pipelines.upsertPipelines(projectId, [
      { ...pipeline, gitlabId: 46, source: 'parent_pipeline', createdAt: '2026-03-01T10:01:00.000Z' },
      { ...pipeline, gitlabId: 47, source: 'push', createdAt: '2026-03-01T10:02:00.000Z' },
    ]);
    const course = store.courses.insertCourse({
      name: 'se',
      gitlabUrl: 'https://gitlab.example.edu',
      source: { kind: 'group', groupPath: 'g' },
      isDemo: false,
    });
    store.projects.linkTeam(course.id, projectId);
    const facts = store.queries.pipelineFacts.readPipelineFacts(course.id, { from: null, to: '2026-04-01T00:00:00.000Z' });
    expect(
      facts
        .get(projectId)
        ?.map((p) => p.id)
        .sort(),
    ).toEqual([41, 47]);
  });
});
