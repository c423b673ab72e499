/** Pipelines, their jobs and test report totals as the store keeps them; timestamps are UTC ISO with ms. */
export interface PipelineRow {
  gitlabId: number;
  iid: number | null;
  status: string;
  source: string | null;
  ref: string | null;
  sha: string | null;
  webUrl: string | null;
  createdAt: string;
  updatedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Seconds. */
  duration: number | null;
  queuedDuration: number | null;
  /** Percent. */
  coverage: number | null;
  /** A child pipeline's parent, where GitLab names it (the parent's trigger job); kept when a later listing does not. */
  parentGitlabId?: number | null;
}

/** What a CI job reports about its own pipeline (POST /api/v1/pipelines/report on the relay). */
export interface PipelineReportRow {
  gitlabId: number;
  status: string;
  sha: string;
  /** Percent; null when the job had none to report. */
  coverage: number | null;
  /** When the relay received the report: the created_at of a pipeline first known from it. */
  reportedAt: string;
}

export interface JobRow {
  gitlabId: number;
  pipelineId: number;
  name: string;
  stage: string | null;
  status: string;
  isAllowedToFail: boolean;
  duration: number | null;
  coverage: number | null;
  createdAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  webUrl: string | null;
  failureReason: string | null;
  queuedDuration: number | null;
}

export interface TestReportRow {
  totalCount: number;
  successCount: number;
  failedCount: number;
  skippedCount: number;
  errorCount: number;
  /** Seconds. */
  totalTime: number | null;
}
