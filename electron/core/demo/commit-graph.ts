import type { RestCommit } from './rest-types';
import type { SeededRandom } from './seeded-random';
import { formatCommitTime } from './timestamps';

/** Who wrote a commit: a name, the e-mail git recorded and the offset of their clock. */
export interface CommitSignature {
  name: string;
  email: string;
  /** Null for commits GitLab itself creates (merge commits), which it dates in UTC. */
  utcOffsetMinutes: number | null;
}

export interface NewCommit {
  parents: string[];
  author: CommitSignature;
  committer?: CommitSignature;
  timeMs: number;
  title: string;
  body?: string;
}

/**
 * A repository's commit DAG while a team's semester is simulated. Commits are appended in time
 * order, so every parent already exists when a child is created.
 */
export class CommitGraph {
  readonly commits: RestCommit[] = [];
  private readonly bySha = new Map<string, RestCommit>();
  private readonly heads = new Map<string, string>();
  /** (time, sha) of the default branch head after every change, to place tags afterwards. */
  readonly mainHistory: { timeMs: number; sha: string }[] = [];

  constructor(
    private readonly random: SeededRandom,
    private readonly projectWebUrl: string,
    readonly defaultBranch: string,
  ) {}

  createCommit(input: NewCommit): RestCommit {
    const sha = this.random.hex(40);
    const committer = input.committer ?? input.author;
    const authoredDate = formatCommitTime(input.timeMs, input.author.utcOffsetMinutes);
    const committedDate = formatCommitTime(input.timeMs, committer.utcOffsetMinutes);
    const additions = this.random.int(1, input.parents.length > 1 ? 400 : 160);
    const deletions = this.random.int(0, Math.ceil(additions * 0.6));
    const commit: RestCommit = {
      id: sha,
      short_id: sha.slice(0, 8),
      title: input.title,
      message: input.body ? `${input.title}\n\n${input.body}` : `${input.title}\n`,
      author_name: input.author.name,
      author_email: input.author.email,
      authored_date: authoredDate,
      committer_name: committer.name,
      committer_email: committer.email,
      committed_date: committedDate,
      created_at: committedDate,
      parent_ids: input.parents,
      web_url: `${this.projectWebUrl}/-/commit/${sha}`,
      trailers: {},
      extended_trailers: {},
      stats: { additions, deletions, total: additions + deletions },
    };
    this.commits.push(commit);
    this.bySha.set(sha, commit);
    return commit;
  }

  /** Commits on top of a branch head and moves the head; creates the branch from `fromSha` if new. */
  commitOnBranch(branch: string, input: Omit<NewCommit, 'parents'>, fromSha?: string): RestCommit {
    const parent = this.heads.get(branch) ?? fromSha;
    const commit = this.createCommit({ ...input, parents: parent ? [parent] : [] });
    this.moveHead(branch, commit.id, input.timeMs);
    return commit;
  }

  moveHead(branch: string, sha: string, timeMs: number): void {
    this.heads.set(branch, sha);
    if (branch === this.defaultBranch) this.mainHistory.push({ timeMs, sha });
  }

  createBranch(branch: string, fromSha: string): void {
    this.heads.set(branch, fromSha);
  }

  deleteBranch(branch: string): void {
    this.heads.delete(branch);
  }

  headOf(branch: string): string | undefined {
    return this.heads.get(branch);
  }

  hasBranch(branch: string): boolean {
    return this.heads.has(branch);
  }

  listBranches(): [string, string][] {
    return [...this.heads.entries()];
  }

  findCommit(sha: string): RestCommit | undefined {
    return this.bySha.get(sha);
  }

  /** The default branch head as it was at a given time. */
  mainHeadAt(timeMs: number): string | undefined {
    let found: string | undefined;
    for (const entry of this.mainHistory) {
      if (entry.timeMs > timeMs) break;
      found = entry.sha;
    }
    return found;
  }

  collectReachable(fromSha: string): Set<string> {
    const seen = new Set<string>();
    const stack = [fromSha];
    while (stack.length > 0) {
      const sha = stack.pop();
      if (sha === undefined || seen.has(sha)) continue;
      seen.add(sha);
      const commit = this.bySha.get(sha);
      if (commit) stack.push(...commit.parent_ids);
    }
    return seen;
  }
}
