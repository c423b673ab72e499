import type { GeneratedCourse } from '../../electron/core/demo/course-types';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator, type SimRequest } from '../support/gitlab-simulator';
import { formatInt, formatSeconds, printHeading, printTable, progress, type Cell } from './bench-table';
import { reportFullSync, type FullSyncFigures } from './full-sync-report';
import { orderKinds, tallyByKind } from './request-kinds';
import { startSyncChild } from './run-sync-child';

/**
 * The lists that reveal whether anything changed; every other kind (notes, jobs, test reports, commit
 * walks, CI files, users, direct members) follows from a change and should cost nothing on a resync.
 */
const changeRevealingKinds = ['members/all', 'branches', 'tags', 'merge requests', 'issues', 'pipelines', 'child pipelines'];
/** Once per sync, not per project: the group's project list, the course staff, GitLab's version. */
const perSyncRequests = 3;

export interface ResyncFigures {
  total: number;
  /** The group listing plus one request per project per change-revealing list. */
  allowance: number;
  maxPerProjectPerKind: number;
  worstKind: string;
}

export interface RequestFigures {
  full: FullSyncFigures;
  resync: ResyncFigures;
}

function reportResync(log: SimRequest[], teams: number): ResyncFigures {
  const tallies = tallyByKind(log);
  const rows: Cell[][] = [];
  let worst = { kind: 'no kind above 1', max: 0 };
  for (const kind of orderKinds(tallies.keys())) {
    const tally = tallies.get(kind);
    if (!tally) continue;
    if (tally.maxPerProject > Math.max(1, worst.max)) worst = { kind, max: tally.maxPerProject };
    else if (tally.maxPerProject > worst.max) worst = { ...worst, max: tally.maxPerProject };
    rows.push([kind, tally.total, tally.projects, tally.maxPerProject, tally.maxPerProject <= 1 ? 'ok' : 'MISSED']);
  }
  const total = log.length;
  const allowance = perSyncRequests + teams * changeRevealingKinds.length;
  rows.push(['TOTAL', total, teams, worst.max, worst.max <= 1 ? 'ok' : 'MISSED']);
  printTable(['kind', 'requests', 'projects', 'max per project', '≤ 1 per project?'], rows);
  console.log(`(project-less kinds count once for the instance; kinds not listed were not requested at all)`);
  return { total, allowance, maxPerProjectPerKind: worst.max, worstKind: worst.kind };
}

/** Sections 1 and 2: a full sync of the course, then a second one with nothing changed in between. */
export async function measureRequests(course: GeneratedCourse, startedAt: number): Promise<RequestFigures> {
  printHeading(`1. Requests of a full sync: ${course.teams.length} teams, simulator latency 20 ms, client budget 100,000/min`);
  // The course is never mutated here, so the simulator may serve the caller's object without a copy.
  const sim = await startGitlabSimulator({ course, latencyMs: 20, shouldCopyCourse: false });
  const child = await startSyncChild({ gitlabUrl: sim.url, groupPath: course.group.full_path, token: DEFAULT_SIMULATOR_TOKEN, requestsPerMinute: 100_000 });
  try {
    // The connection test (GET /user, /personal_access_tokens/self) is not part of a sync.
    sim.clearRequests();
    progress(startedAt, 'full sync running…');
    const first = await child.sync();
    const fullLog = [...sim.requests];
    progress(startedAt, `full sync done: ${formatInt(first.summary.requests)} requests in ${formatSeconds(first.summary.durationMs)}`);
    const full = reportFullSync(course, fullLog, first.summary.requests);

    printHeading('2. Requests of a second sync with nothing changed (same data dir, same simulator)');
    sim.clearRequests();
    const second = await child.sync();
    progress(startedAt, `second sync done: ${formatInt(second.summary.requests)} requests in ${formatSeconds(second.summary.durationMs)}`);
    const resync = reportResync([...sim.requests], course.teams.length);
    console.log(
      `total ${resync.total} requests; the group listing, the course staff and GitLab's version + one per project for each of ${changeRevealingKinds.join(', ')} = ${resync.allowance}.`,
    );
    return { full, resync };
  } finally {
    await child.close();
    await sim.close();
  }
}
