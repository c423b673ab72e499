/**
 * A team project as the store keeps it, whatever source it came from. Timestamps in every row type
 * are UTC ISO 8601 with milliseconds ("2026-03-01T10:00:00.000Z"), so SQL can compare them as text.
 */
export interface ProjectRow {
  gitlabId: number;
  pathWithNamespace: string;
  name: string;
  webUrl: string;
  defaultBranch: string | null;
  isArchived: boolean;
  lastActivityAt: string | null;
}
