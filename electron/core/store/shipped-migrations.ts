import { createHash } from 'node:crypto';
import initial from './migrations/0001_initial.sql?raw';
import fullSync from './migrations/0002_full_sync.sql?raw';
import syncLocks from './migrations/0003_sync_locks.sql?raw';
import utcTimestamps from './migrations/0004_utc_timestamps.sql?raw';
import issueClosedBy from './migrations/0005_issue_closed_by.sql?raw';
import courseMetricSettings from './migrations/0006_course_metric_settings.sql?raw';
import syncLockLease from './migrations/0007_sync_lock_lease.sql?raw';
import identityAndExclusions from './migrations/0008_identity_and_exclusions.sql?raw';
import relay from './migrations/0009_relay.sql?raw';
import renamedProjectsChildPipelines from './migrations/0010_renamed_projects_child_pipelines.sql?raw';
import courseIterations from './migrations/0011_course_iterations.sql?raw';
import grading from './migrations/0013_grading.sql?raw';
import iterationGrading from './migrations/0014_iteration_grading.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/**
 * The migrations this build ships, embedded in the bundle as strings (Vite's `?raw`, which vitest
 * understands too), so no code depends on where a file sits at run time. Add a new file here as
 * well: a unit test checks this list against migrations/ and each text against its file's bytes,
 * which matters because each applied migration is recorded with a checksum of its text.
 */
const shippedFiles: Record<string, string> = {
  '0001_initial.sql': initial,
  '0002_full_sync.sql': fullSync,
  '0003_sync_locks.sql': syncLocks,
  '0004_utc_timestamps.sql': utcTimestamps,
  '0005_issue_closed_by.sql': issueClosedBy,
  '0006_course_metric_settings.sql': courseMetricSettings,
  '0007_sync_lock_lease.sql': syncLockLease,
  '0008_identity_and_exclusions.sql': identityAndExclusions,
  '0009_relay.sql': relay,
  '0010_renamed_projects_child_pipelines.sql': renamedProjectsChildPipelines,
  '0011_course_iterations.sql': courseIterations,
  '0013_grading.sql': grading,
  '0014_iteration_grading.sql': iterationGrading,
};

const fileNamePattern = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export function shippedMigrations(): Migration[] {
  return parseMigrations(shippedFiles);
}

/** Numbered migrations from file names and texts, in order, refusing gaps and badly named files. */
export function parseMigrations(files: Record<string, string>): Migration[] {
  const migrations = Object.entries(files)
    .map(([file, sql]) => {
      const match = fileNamePattern.exec(file);
      if (!match) throw new Error(`Migration file names look like 0001_some_change.sql; "${file}" does not`);
      return {
        version: Number(match[1]),
        name: match[2] ?? file,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    })
    .sort((a, b) => a.version - b.version);
  // Numbers are reserved per branch of work and land in any order, so a gap is allowed while the
  // branches merge; a repeated number (two branches choosing the same one) never is.
  migrations.forEach((m, index) => {
    const previous = migrations[index - 1]?.version ?? 0;
    if (index === 0 && m.version !== 1) throw new Error(`Migration files must start at 0001; the first is ${m.version}`);
    if (m.version <= previous) throw new Error(`Migration number ${m.version} is used twice`);
  });
  return migrations;
}
