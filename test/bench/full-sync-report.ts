import type { GeneratedCourse } from '../../electron/core/demo/course-types';
import type { SimRequest } from '../support/gitlab-simulator';
import { formatInt, formatRatio, printTable, type Cell } from './bench-table';
import { computeMinimumRequests, describeUserLookups, minimumDefinitions } from './minimum-requests';
import { classifyRequest, isRequestKind, orderKinds, requestKinds, tallyByKind, type LoggedKind } from './request-kinds';

export interface FullSyncFigures {
  actual: number;
  minimum: number;
  ratio: number;
  /** Kinds with requests above the minimum, largest excess first. */
  waste: Array<{ kind: LoggedKind; extra: number }>;
}

interface CommitWalks {
  /** Walks started, one per project and ref_name listed. */
  walks: number;
  pages: number;
  /** Pages of each project's first walk, which finds an empty store and reads the bulk of the history. */
  firstWalkPages: number;
  /** Later walks (other branches), each costing at least a page of mostly known commits. */
  laterWalks: number;
  laterPages: number;
  singlePageLaterWalks: number;
}

function countCommitWalks(log: SimRequest[]): CommitWalks {
  const walks = new Map<string, { isFirst: boolean; pages: number }>();
  const projectsSeen = new Set<number | null>();
  for (const request of log) {
    const { kind, projectId } = classifyRequest(request);
    if (kind !== 'commits') continue;
    const key = `${projectId}:${new URLSearchParams(request.query).get('ref_name') ?? ''}`;
    const walk = walks.get(key) ?? { isFirst: !projectsSeen.has(projectId), pages: 0 };
    projectsSeen.add(projectId);
    walk.pages += 1;
    walks.set(key, walk);
  }
  const all = [...walks.values()];
  const later = all.filter((walk) => !walk.isFirst);
  return {
    walks: all.length,
    pages: all.reduce((sum, walk) => sum + walk.pages, 0),
    firstWalkPages: all.filter((walk) => walk.isFirst).reduce((sum, walk) => sum + walk.pages, 0),
    laterWalks: later.length,
    laterPages: later.reduce((sum, walk) => sum + walk.pages, 0),
    singlePageLaterWalks: later.filter((walk) => walk.pages === 1).length,
  };
}

function printDiagnostics(course: GeneratedCourse, log: SimRequest[], syncRequests: number): void {
  const userIds = log.filter((r) => classifyRequest(r).kind === 'users/:id').map((r) => Number(r.path.split('/').pop()));
  const users = describeUserLookups(course, userIds);
  const { repeats } = users;
  console.log(
    `users/:id: ${users.students} non-staff people, ${users.staff} staff, ${users.bots} bots named project_N_bot; ` +
      `plus ${repeats.students + repeats.staff + repeats.bots} repeats of a user already fetched in this sync (students ${repeats.students}, staff ${repeats.staff}, bots ${repeats.bots}).`,
  );
  const commits = countCommitWalks(log);
  const branches = course.teams.reduce((sum, team) => sum + team.branches.length, 0);
  console.log(
    `commits: ${commits.walks} walks (project + ref_name; the course has ${branches} branches) took ${commits.pages} pages: ` +
      `each project's first walk ${commits.firstWalkPages} pages, the ${commits.laterWalks} later walks ${commits.laterPages} pages ` +
      `(${commits.singlePageLaterWalks} of them a single page).`,
  );
  const byStatus = new Map<number, number>();
  for (const request of log) byStatus.set(request.status, (byStatus.get(request.status) ?? 0) + 1);
  const statuses = [...byStatus]
    .sort((a, b) => a[0] - b[0])
    .map(([status, n]) => `${status}: ${formatInt(n)}`)
    .join(', ');
  console.log(
    `HTTP statuses seen by the simulator: ${statuses}. Requests the engine counted (summary.requests): ${formatInt(syncRequests)}; simulator log: ${formatInt(log.length)}.`,
  );
}

/** Section 1's table: per kind, what the engine asked for against what the data needs. */
export function reportFullSync(course: GeneratedCourse, log: SimRequest[], syncRequests: number): FullSyncFigures {
  const minimum = computeMinimumRequests(course);
  const tallies = tallyByKind(log);
  const rows: Cell[][] = [];
  const waste: FullSyncFigures['waste'] = [];
  let actual = 0;
  let floor = 0;
  for (const kind of orderKinds(tallies.keys())) {
    const tally = tallies.get(kind);
    const min = isRequestKind(kind) ? (minimum.get(kind) ?? 0) : 0;
    const count = tally?.total ?? 0;
    actual += count;
    floor += min;
    if (count > min) waste.push({ kind, extra: count - min });
    rows.push([kind, count, min, count - min, min === 0 ? (count === 0 ? '—' : '∞') : formatRatio(count / min), tally?.repeats ?? 0]);
  }
  rows.push(['TOTAL', actual, floor, actual - floor, formatRatio(actual / floor), rows.reduce((sum, row) => sum + Number(row[5]), 0)]);
  printTable(['kind', 'actual', 'minimum', 'extra', 'actual/min', 'exact repeats'], rows);
  console.log('\nHow the minimum is counted (every list: max(1, ceil(rows / 100)) requests at per_page=100):');
  for (const kind of requestKinds) console.log(`  ${kind.padEnd(20)} ${minimumDefinitions[kind]}`);
  console.log('');
  printDiagnostics(course, log, syncRequests);
  waste.sort((a, b) => b.extra - a.extra);
  return { actual, minimum: floor, ratio: actual / floor, waste };
}
