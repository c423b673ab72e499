import type { BranchRow, CommitRow, TagRow } from '../store/rows/repository-rows';
import type { GitlabBranch, GitlabCommit, GitlabTag } from './schemas';
import { toUtcIsoOrNull } from './to-utc-iso';

/** GitLab REST commits, branches and tags as store rows. */
export function mapCommitRow(commit: GitlabCommit): CommitRow {
  return {
    sha: commit.id,
    title: commit.title,
    message: commit.message,
    authorName: commit.author_name,
    authorEmail: commit.author_email,
    authoredAt: toUtcIsoOrNull(commit.authored_date),
    committedAt: toUtcIsoOrNull(commit.committed_date),
    parentShas: commit.parent_ids,
    additions: commit.stats?.additions ?? null,
    deletions: commit.stats?.deletions ?? null,
    webUrl: commit.web_url,
  };
}

export function mapBranchRow(branch: GitlabBranch): BranchRow {
  return {
    name: branch.name,
    headSha: branch.commit.id,
    isDefault: branch.default,
    isProtected: branch.protected,
    isMerged: branch.merged,
    webUrl: branch.web_url,
  };
}

export function mapTagRow(tag: GitlabTag): TagRow {
  return {
    name: tag.name,
    // Lightweight tags carry only `target`; annotated ones name the commit they point at.
    targetSha: tag.commit?.id ?? tag.target ?? '',
    message: tag.message,
    createdAt: toUtcIsoOrNull(tag.created_at),
  };
}
