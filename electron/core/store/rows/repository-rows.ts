/** Commits, branches and tags as the store keeps them; timestamps are UTC ISO with ms. */
export interface CommitRow {
  sha: string;
  title: string;
  message: string | null;
  authorName: string | null;
  authorEmail: string | null;
  authoredAt: string | null;
  committedAt: string | null;
  parentShas: string[];
  /** Null when the listing carried no stats; a later sighting may fill them in. */
  additions: number | null;
  deletions: number | null;
  webUrl: string | null;
}

export interface BranchRow {
  name: string;
  headSha: string;
  isDefault: boolean;
  isProtected: boolean;
  isMerged: boolean;
  webUrl: string | null;
}

export interface TagRow {
  name: string;
  targetSha: string;
  message: string | null;
  createdAt: string | null;
}
