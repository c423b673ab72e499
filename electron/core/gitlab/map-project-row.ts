import type { ProjectRow } from '../store/rows/project-row';
import type { GitlabProject } from './schemas';
import { toUtcIsoOrNull } from './to-utc-iso';

export function mapProjectRow(project: GitlabProject): ProjectRow {
  return {
    gitlabId: project.id,
    pathWithNamespace: project.path_with_namespace,
    name: project.name,
    webUrl: project.web_url,
    defaultBranch: project.default_branch,
    isArchived: project.archived,
    lastActivityAt: toUtcIsoOrNull(project.last_activity_at),
  };
}
