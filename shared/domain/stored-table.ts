import { z } from 'zod';

/**
 * The tables a write can change, as data.changed names them. The store derives them from the SQL it
 * runs (electron/core/store/track-written-tables.ts), so an event cannot name a table a write did not
 * touch or miss one it did; a unit test keeps this list equal to the schema's tables.
 */
export const storedTables = [
  'courses',
  'course_teams',
  'projects',
  'members',
  'users',
  'commits',
  'branches',
  'tags',
  'merge_requests',
  'issues',
  'notes',
  'pipelines',
  'jobs',
  'test_reports',
  'ci_configs',
  'connections',
  'audit_log',
  'sync_locks',
  'identity_aliases',
  'exclusions',
  'relay_state',
  'rubric_versions',
  'rubric_templates',
  'grade_manual_scores',
  'grade_overrides',
  'grade_adjustments',
  'grade_freezes',
  'grade_audit',
] as const;

export const StoredTableSchema = z.enum(storedTables);
export type StoredTable = z.infer<typeof StoredTableSchema>;

/** Bookkeeping no screen shows: writes to these never raise data.changed. */
export const internalTables = ['schema_migrations', 'sync_cursors'] as const;
