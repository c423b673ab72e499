import type { RestCommit, RestMergeRequest } from './rest-types';
import { CommitGraph } from './commit-graph';
import { MergeRequestLog } from './merge-request-log';
import type { StreakModel } from './pipeline-outcomes';
import { PipelineQueue } from './pipeline-queue';
import type { TeamContext, TeamStudent } from './team-context';
import { pickOtherStudent, pickStudent, signCommit } from './team-context';
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './timestamps';
import type { FeatureTopic } from './work-item-texts';
import { pickFeatureTopic, writeBranchName, writeCommitTitle, writeMergeRequestTitle } from './work-item-texts';

interface Feature {
  branch: string;
  topic: FeatureTopic;
  author: TeamStudent;
  startedMs: number;
  pushes: number;
  mergeRequest: RestMergeRequest | null;
  openedMs: number;
  isReviewed: boolean;
  outcomes: StreakModel;
}

export interface TeamActivity {
  graph: CommitGraph;
  mergeRequests: MergeRequestLog;
  pipelines: PipelineQueue;
  /** Branches whose merge request merged but which were kept instead of deleted. */
  keptMergedBranches: Set<string>;
  lastEventMs: number;
}

type Action = 'push-feature' | 'start-feature' | 'push-main' | 'open-mr' | 'finish-mr' | 'review';

const WEEKDAY_FACTOR = [1, 1, 1, 1, 0.9, 0.35, 0.5];

/**
 * Plays one team's semester day by day: students start branches, push, open merge requests,
 * review and merge them, and sometimes commit straight to main. Every push may run a pipeline.
 */
export function simulateTeamActivity(context: TeamContext): TeamActivity {
  const { random, profile, project, semesterStartMs, semesterEndMs, activityScale } = context;
  const graph = new CommitGraph(random.fork('shas'), project.web_url, 'main');
  const mergeRequests = new MergeRequestLog(context);
  const pipelines = new PipelineQueue(context);
  const keptMergedBranches = new Set<string>();
  const features: Feature[] = [];
  const sloppiness = profile.style === 'struggling' ? 0.45 : profile.style === 'strong' ? 0.03 : 0.15;
  const maxActiveFeatures = Math.max(2, Math.round((context.students.length + 1) * activityScale));
  let lastEventMs = semesterStartMs;
  let featureCounter = 0;

  const pushCommits = (branch: string, pusher: TeamStudent, timeMs: number, topic: FeatureTopic | null): RestCommit[] => {
    const count = random.pickWeighted([1, 2, 3, 4], [5, 3, 1.5, 0.5]);
    const commits: RestCommit[] = [];
    let at = timeMs;
    for (let index = 0; index < count; index += 1) {
      let title = writeCommitTitle(random, topic, sloppiness);
      if (random.chance(0.015)) title = `${title} [skip ci]`;
      commits.push(graph.commitOnBranch(branch, { author: signCommit(context, pusher), timeMs: at, title }));
      at += random.int(2, 25) * MINUTE_MS;
    }
    lastEventMs = Math.max(lastEventMs, at);
    return commits;
  };

  const queueBranchPipelines = (
    branch: string,
    before: string,
    commits: RestCommit[],
    pusher: TeamStudent,
    outcomes: StreakModel,
    feature: Feature | null,
  ): void => {
    const head = commits[commits.length - 1];
    if (!head) return;
    const timeMs = Date.parse(head.committed_date) + random.int(20, 300) * SECOND_MS;
    const trigger = {
      ref: branch,
      sha: head.id,
      beforeSha: before,
      source: 'push' as const,
      tag: false,
      isDefaultBranch: branch === graph.defaultBranch,
      user: pusher.ref,
      commitTitle: head.title,
      timeMs,
    };
    const status = pipelines.decideStatus(trigger, outcomes);
    pipelines.queue(trigger, status);
    const mergeRequest = feature?.mergeRequest;
    if (mergeRequest && mergeRequest.state === 'opened' && profile.mergeRequestPipelines) {
      pipelines.queue(
        { ...trigger, ref: `refs/merge-requests/${mergeRequest.iid}/head`, source: 'merge_request_event', timeMs: timeMs + 3 * SECOND_MS },
        status,
      );
    }
    lastEventMs = Math.max(lastEventMs, timeMs);
  };

  const pushToMain = (pusher: TeamStudent, timeMs: number, title?: string): void => {
    const before = graph.headOf('main') ?? '';
    const commits = title ? [graph.commitOnBranch('main', { author: signCommit(context, pusher), timeMs, title })] : pushCommits('main', pusher, timeMs, null);
    queueBranchPipelines('main', before, commits, pusher, pipelines.mainOutcomes, null);
  };

  const startFeature = (timeMs: number): void => {
    const topic = pickFeatureTopic(random);
    featureCounter += 1;
    let branch = writeBranchName(topic);
    if (graph.hasBranch(branch) || random.chance(0.3)) branch = `${branch}-${featureCounter}`;
    const mainHead = graph.headOf('main');
    if (!mainHead) return;
    graph.createBranch(branch, mainHead);
    const author = pickStudent(context);
    const feature: Feature = {
      branch,
      topic,
      author,
      startedMs: timeMs,
      pushes: 0,
      mergeRequest: null,
      openedMs: 0,
      isReviewed: false,
      outcomes: pipelines.createBranchOutcomes(`branch-${featureCounter}`),
    };
    features.push(feature);
    pushToFeature(feature, timeMs);
  };

  const pushToFeature = (feature: Feature, timeMs: number): void => {
    const pusher = random.chance(0.8) ? feature.author : pickStudent(context);
    const before = graph.headOf(feature.branch) ?? '';
    const commits = pushCommits(feature.branch, pusher, timeMs, feature.topic);
    feature.pushes += 1;
    if (feature.mergeRequest?.state === 'opened')
      mergeRequests.recordPush(feature.mergeRequest, Date.parse(commits[commits.length - 1]?.committed_date ?? '') || timeMs, commits, pusher.ref);
    queueBranchPipelines(feature.branch, before, commits, pusher, feature.outcomes, feature);
  };

  const openMergeRequest = (feature: Feature, timeMs: number): void => {
    const head = graph.headOf(feature.branch);
    if (!head) return;
    feature.mergeRequest = mergeRequests.openMergeRequest({
      sourceBranch: feature.branch,
      targetBranch: 'main',
      title: writeMergeRequestTitle(feature.topic),
      author: feature.author,
      timeMs,
      headSha: head,
    });
    feature.openedMs = timeMs;
    lastEventMs = Math.max(lastEventMs, timeMs + 2 * MINUTE_MS);
  };

  const finishMergeRequest = (feature: Feature, timeMs: number): void => {
    const mergeRequest = feature.mergeRequest;
    const branchHead = graph.headOf(feature.branch);
    const mainHead = graph.headOf('main');
    if (!mergeRequest || !branchHead || !mainHead) return;
    features.splice(features.indexOf(feature), 1);
    const actor = random.chance(0.7) ? feature.author : (pickOtherStudent(context, feature.author) ?? feature.author);
    if (random.chance(0.1)) {
      mergeRequests.closeMergeRequest(mergeRequest, timeMs, actor.ref);
      if (random.chance(0.5)) graph.deleteBranch(feature.branch);
      lastEventMs = Math.max(lastEventMs, timeMs);
      return;
    }
    const merge = graph.createCommit({
      parents: [mainHead, branchHead],
      author: { ...signCommit(context, actor), utcOffsetMinutes: null },
      timeMs,
      title: `Merge branch '${feature.branch}' into 'main'`,
      body: `${mergeRequest.title}\n\nSee merge request ${project.path_with_namespace}!${mergeRequest.iid}`,
    });
    graph.moveHead('main', merge.id, timeMs);
    mergeRequests.mergeMergeRequest(mergeRequest, timeMs, actor.ref, merge.id);
    queueBranchPipelines('main', mainHead, [merge], actor, pipelines.mainOutcomes, null);
    if (random.chance(0.8)) graph.deleteBranch(feature.branch);
    else keptMergedBranches.add(feature.branch);
  };

  const chooseAction = (timeMs: number): { action: Action; feature?: Feature } => {
    const unopened = features.filter((feature) => !feature.mergeRequest && (feature.pushes >= 2 || timeMs - feature.startedMs > DAY_MS));
    const open = features.filter((feature) => feature.mergeRequest && timeMs - feature.openedMs > 3 * HOUR_MS);
    const reviewable = open.filter((feature) => !feature.isReviewed && feature.mergeRequest && mergeRequests.hasReviewer(feature.mergeRequest));
    const actions: Action[] = ['push-feature', 'start-feature', 'push-main', 'open-mr', 'finish-mr', 'review'];
    const weights = [
      features.length > 0 ? 4 : 0,
      features.length < maxActiveFeatures ? profile.featureWeight : 0,
      profile.directMainWeight,
      unopened.length > 0 ? 1.5 : 0,
      Math.min(3, open.length) * 0.8,
      reviewable.length > 0 ? 1.5 : 0,
    ];
    const action = random.pickWeighted(actions, weights);
    const pool = action === 'open-mr' ? unopened : action === 'finish-mr' ? open : action === 'review' ? reviewable : features;
    return { action, feature: pool.length > 0 ? random.pick(pool) : undefined };
  };

  const firstAuthor = context.students[0];
  if (!firstAuthor) throw new Error('A team needs at least one student');
  pushToMain(firstAuthor, semesterStartMs + 9 * HOUR_MS + random.int(0, 120) * MINUTE_MS, 'Initial commit');

  const days = Math.round((semesterEndMs - semesterStartMs) / DAY_MS);
  const weeks = Math.ceil(days / 7);
  const deadlineWeeks = new Set([Math.floor(weeks * 0.3) - 1, Math.floor(weeks * 0.6) - 1, weeks - 1]);
  for (let day = 0; day < days; day += 1) {
    const week = Math.floor(day / 7);
    const phase = week === 0 ? 0.6 : deadlineWeeks.has(week) ? profile.deadlineBoost : profile.style === 'crammer' ? 0.5 : 1;
    const mean = profile.dailyEvents * (WEEKDAY_FACTOR[day % 7] ?? 1) * phase * activityScale;
    const dayStartMs = semesterStartMs + day * DAY_MS;
    const times = Array.from({ length: random.poisson(mean) }, () => dayStartMs + 7 * HOUR_MS + random.int(0, 13 * 60) * MINUTE_MS).sort((a, b) => a - b);
    for (const timeMs of times) {
      if (day === 0 && timeMs < lastEventMs) continue;
      const { action, feature } = chooseAction(timeMs);
      if (action === 'start-feature') startFeature(timeMs);
      else if (action === 'push-main') pushToMain(pickStudent(context), timeMs);
      else if (!feature) continue;
      else if (action === 'push-feature') pushToFeature(feature, timeMs);
      else if (action === 'open-mr') openMergeRequest(feature, timeMs);
      else if (action === 'finish-mr') finishMergeRequest(feature, timeMs);
      else {
        feature.isReviewed = true;
        if (feature.mergeRequest) mergeRequests.recordReview(feature.mergeRequest, timeMs);
        lastEventMs = Math.max(lastEventMs, timeMs + HOUR_MS);
      }
    }
  }
  return { graph, mergeRequests, pipelines, keptMergedBranches, lastEventMs };
}
