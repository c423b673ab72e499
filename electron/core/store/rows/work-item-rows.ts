/** Merge requests, issues and their comments as the store keeps them; timestamps are UTC ISO with ms. */
export interface MergeRequestRow {
  gitlabId: number;
  iid: number;
  title: string;
  state: string;
  authorId: number | null;
  sourceBranch: string | null;
  targetBranch: string | null;
  createdAt: string;
  updatedAt: string;
  mergedAt: string | null;
  closedAt: string | null;
  webUrl: string | null;
  isDraft: boolean;
  mergedById: number | null;
  reviewerIds: number[];
  mergeCommitSha: string | null;
}

export interface IssueRow {
  gitlabId: number;
  iid: number;
  title: string;
  state: string;
  authorId: number | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedById: number | null;
  webUrl: string | null;
  assigneeIds: number[];
}

export type NoteParent = 'MergeRequest' | 'Issue';

export interface NoteRow {
  gitlabId: number;
  authorId: number | null;
  body: string;
  isSystem: boolean;
  createdAt: string;
  updatedAt: string | null;
}
