import type { RestBranch, RestCommit, RestTag } from './rest-types';
import type { TeamActivity } from './team-activity';
import type { TeamContext } from './team-context';
import { DAY_MS, HOUR_MS, formatRestTime } from './timestamps';

/** Branch and tag payloads embed the head commit without stats. */
function stripCommitStats(commit: RestCommit): RestCommit {
  const { stats: _stats, ...rest } = commit;
  return rest;
}

/**
 * Annotated release tags on main at the milestones (Friday evening of roughly weeks 4 and 8, and
 * of the last week); each tag push runs a tag pipeline when the team has CI by then.
 */
export function createReleaseTags(context: TeamContext, activity: TeamActivity): RestTag[] {
  const { random, semesterStartMs, semesterEndMs, project } = context;
  const weeks = Math.round((semesterEndMs - semesterStartMs) / (7 * DAY_MS));
  const milestoneWeeks = [...new Set([Math.floor(weeks * 0.3) - 1, Math.floor(weeks * 0.6) - 1, weeks - 1])].filter((week) => week >= 0);
  const names = milestoneWeeks.length === 3 ? ['v0.1', 'v0.2', 'v1.0'] : milestoneWeeks.map((_, index) => `v0.${index + 1}`);
  const tags: RestTag[] = [];
  milestoneWeeks.forEach((week, index) => {
    const name = names[index];
    const timeMs = semesterStartMs + (week * 7 + 4) * DAY_MS + 17 * HOUR_MS + random.int(0, 90) * 60_000;
    const sha = activity.graph.mainHeadAt(timeMs);
    const commit = sha === undefined ? undefined : activity.graph.findCommit(sha);
    if (!name || !commit) return;
    // Teams that never tagged a release are common; weaker teams skip the middle one.
    if (index === 1 && context.profile.style === 'struggling') return;
    tags.push({
      name,
      message: `Release ${name}`,
      target: random.hex(40),
      commit: stripCommitStats(commit),
      release: index === milestoneWeeks.length - 1 ? { tag_name: name, description: `Final release of ${project.name}` } : null,
      protected: false,
      created_at: formatRestTime(timeMs),
    });
    const student = context.students[0];
    if (!student) return;
    activity.pipelines.queue(
      {
        ref: name,
        sha: commit.id,
        beforeSha: '',
        source: 'push',
        tag: true,
        isDefaultBranch: false,
        user: student.ref,
        commitTitle: commit.title,
        timeMs: timeMs + 2000,
      },
      random.chance(context.profile.failRate) ? 'failed' : 'success',
    );
  });
  return tags;
}

/** Branches left at the end: main, open work, closed-but-kept and merged-but-kept branches. */
export function listBranches(context: TeamContext, activity: TeamActivity): RestBranch[] {
  const { graph } = activity;
  const mainHead = graph.headOf(graph.defaultBranch);
  const onMain = mainHead ? graph.collectReachable(mainHead) : new Set<string>();
  const branches: RestBranch[] = [];
  for (const [name, sha] of graph.listBranches()) {
    const commit = graph.findCommit(sha);
    if (!commit) continue;
    const isDefault = name === graph.defaultBranch;
    branches.push({
      name,
      merged: !isDefault && onMain.has(sha),
      protected: isDefault,
      default: isDefault,
      developers_can_push: !isDefault,
      developers_can_merge: !isDefault,
      can_push: true,
      web_url: `${context.project.web_url}/-/tree/${name}`,
      commit: stripCommitStats(commit),
    });
  }
  return branches.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
