/** GitLab REST v4 CI objects as GitLab sends them: pipelines, jobs and test report summaries. */
import type { RestUserRef } from './rest-types';

export type RestPipelineStatus =
  | 'created'
  | 'waiting_for_resource'
  | 'preparing'
  | 'waiting_for_callback'
  | 'pending'
  | 'running'
  | 'success'
  | 'failed'
  | 'canceling'
  | 'canceled'
  | 'skipped'
  | 'manual'
  | 'scheduled';

/** Job statuses are the same set as pipeline statuses. */
export type RestJobStatus = RestPipelineStatus;

export type RestPipelineSource =
  | 'push'
  | 'web'
  | 'trigger'
  | 'schedule'
  | 'api'
  | 'external'
  | 'pipeline'
  | 'chat'
  | 'webide'
  | 'merge_request_event'
  | 'external_pull_request_event'
  | 'parent_pipeline'
  | 'unknown';

/** A pipeline as `GET /projects/:id/pipelines` lists it. */
export interface RestPipelineListItem {
  id: number;
  iid: number;
  project_id: number;
  status: RestPipelineStatus;
  source: RestPipelineSource;
  /** Branch or tag name, or `refs/merge-requests/:iid/head` for merge request pipelines. */
  ref: string;
  sha: string;
  name: string | null;
  web_url: string;
  created_at: string;
  updated_at: string;
}

export interface RestDetailedStatus {
  icon: string;
  text: string;
  label: string;
  group: string;
  tooltip: string;
  has_details: boolean;
  details_path: string;
  illustration: null;
  favicon: string;
}

/** `GET /projects/:id/pipelines/:pipeline_id`. */
export interface RestPipeline extends RestPipelineListItem {
  before_sha: string;
  tag: boolean;
  yaml_errors?: string | null;
  user: RestUserRef;
  started_at: string | null;
  finished_at: string | null;
  committed_at?: string | null;
  /** Whole seconds; null until the pipeline has run. */
  duration: number | null;
  queued_duration: number | null;
  /** A decimal string such as "78.40", or null: GitLab sends pipeline coverage as a string. */
  coverage: string | null;
  detailed_status?: RestDetailedStatus;
  archived?: boolean;
}

export type RestJobFailureReason =
  'script_failure' | 'stuck_or_timeout_failure' | 'runner_system_failure' | 'job_execution_timeout' | 'api_failure' | 'unknown_failure';

/** `GET /projects/:id/pipelines/:pipeline_id/jobs`. */
export interface RestJob {
  id: number;
  name: string;
  stage: string;
  status: RestJobStatus;
  ref: string;
  tag: boolean;
  /** A number here, unlike the pipeline's string coverage. */
  coverage: number | null;
  allow_failure: boolean;
  source?: RestPipelineSource;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  erased_at: string | null;
  /** Seconds, with fractions. */
  duration: number | null;
  queued_duration: number | null;
  failure_reason: RestJobFailureReason | null;
  web_url: string;
  pipeline: { id: number; project_id: number; ref: string; sha: string; status: RestPipelineStatus };
  commit?: { id: string; short_id: string; title: string };
  user?: RestUserRef;
  artifacts?: { file_type: string; size: number; filename: string; file_format: string | null }[];
  tag_list?: string[];
}

export interface RestTestReportTotals {
  /** Seconds. */
  time: number;
  count: number;
  success: number;
  failed: number;
  skipped: number;
  error: number;
  suite_error: string | null;
}

export interface RestTestSuiteSummary {
  name: string;
  total_time: number;
  total_count: number;
  success_count: number;
  failed_count: number;
  skipped_count: number;
  error_count: number;
  build_ids: number[];
  suite_error: string | null;
}

/** `GET /projects/:id/pipelines/:pipeline_id/test_report_summary`; zero totals when no JUnit report. */
export interface RestTestReportSummary {
  total: RestTestReportTotals;
  test_suites: RestTestSuiteSummary[];
}
