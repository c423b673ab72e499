import type { CourseMetrics, TeamMetrics } from '../../shared/domain/team-metrics';
import type { StudentMetrics } from '../../shared/domain/student-metrics';
import { describeIncompleteFigures, findIncompleteFigures, type IncompleteFigures } from '../../shared/domain/incomplete-figures';
import { formatMetricValue } from '../../shared/metrics/format-metric-value';
import { pickStudentFigures } from '../../shared/metrics/student-figures';
import { pipelineMetrics } from '../../shared/metrics/registry';
import type { Core } from '../core/core';
import { callCore, type CliIo } from './call-core';
import { CliError } from './cli-error';
import { formatLocalTime } from '../../shared/domain/format-local-time';
import { formatTable } from './format-table';
import { parseCommandOptions } from './parse-command-line';

/** A member as the JSON prints it: the names other tools read, nothing more. */
function toMemberJson(m: StudentMetrics) {
  return {
    username: m.username,
    name: m.name,
    isFormer: m.isFormer,
    ...pickStudentFigures(m),
    lastActivityAt: m.lastActivityAt,
  };
}

/** The documented JSON of `gitpulse metrics --json` (see the README); keep the names as they are. */
export function toMetricsJson(metrics: CourseMetrics, incomplete: IncompleteFigures | null) {
  return {
    course: metrics.course,
    from: metrics.from,
    to: metrics.to,
    incomplete: incomplete && { ...incomplete, message: describeIncompleteFigures(incomplete, formatLocalTime) },
    teams: metrics.teams.map((t) => ({
      project: t.project,
      name: t.name,
      webUrl: t.webUrl,
      pipelines: t.pipelines,
      practices: t.practices,
      members: t.members.map(toMemberJson),
      review: { selfMergedWithoutReview: t.review.selfMergedWithoutReview, mergedWithinHour: t.review.mergedWithinHour },
      flags: t.flags.map((f) => ({ kind: f.kind, ...(f.username === undefined ? {} : { username: f.username }), detail: f.detail })),
      unmatchedAuthors: t.unmatchedAuthors.map((a) => ({ name: a.name, email: a.email, commits: a.commits })),
    })),
  };
}

function formatShare(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toFixed(1)} %`;
}

function formatTeam(team: TeamMetrics): string {
  const lines = [team.name === team.project ? team.project : `${team.name} (${team.project})`];
  lines.push(
    formatTable(team.members, [
      { title: 'Student', value: (m) => `${m.username}${m.isFormer ? ' (former)' : ''}` },
      { title: 'Commits', value: (m) => String(m.commits), alignRight: true },
      { title: '+lines', value: (m) => String(m.additions), alignRight: true },
      { title: '-lines', value: (m) => String(m.deletions), alignRight: true },
      { title: 'Commit share', value: (m) => formatShare(m.commitShare), alignRight: true },
      { title: 'Line share', value: (m) => formatShare(m.lineShare), alignRight: true },
      { title: 'MRs', value: (m) => String(m.mergeRequestsOpened), alignRight: true },
      { title: 'Merged', value: (m) => String(m.mergeRequestsMerged), alignRight: true },
      { title: 'Reviewed', value: (m) => String(m.mergeRequestsReviewed), alignRight: true },
      { title: 'Comments', value: (m) => String(m.comments), alignRight: true },
      { title: 'Issues', value: (m) => `${m.issuesOpened}/${m.issuesClosed}`, alignRight: true },
      { title: 'Broke/fixed', value: (m) => `${m.buildsBroken}/${m.buildsFixed}`, alignRight: true },
      { title: 'Last active', value: (m) => m.lastActivityAt ?? 'never' },
    ]),
  );
  lines.push(`Review: ${team.review.selfMergedWithoutReview} self-merged without review, ${team.review.mergedWithinHour} merged within an hour`);
  for (const flag of team.flags) lines.push(`! ${flag.detail}`);
  if (team.unmatchedAuthors.length > 0) {
    lines.push(`Unmatched authors (add an alias): ${team.unmatchedAuthors.map((a) => `${a.name} <${a.email}> ${a.commits}`).join(', ')}`);
  }
  return lines.join('\n');
}

/** `gitpulse metrics [--course NAME] [--from ISO] [--to ISO | --iteration NAME] [--json]`. */
export async function runMetricsCommand(core: Core, rest: string[], io: Pick<CliIo, 'stdout'>): Promise<void> {
  const { values } = parseCommandOptions('metrics', rest, {
    course: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    iteration: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.iteration !== undefined && (values.from !== undefined || values.to !== undefined)) {
    throw new CliError('metrics: give either --iteration NAME or --from/--to, not both', 2);
  }
  const metrics = await callCore(core, 'metrics.course', {
    ...(values.course === undefined ? {} : { course: values.course }),
    ...(values.iteration === undefined ? {} : { window: { kind: 'iteration' as const, name: values.iteration } }),
    ...(values.from === undefined ? {} : { from: values.from }),
    ...(values.to === undefined ? {} : { to: values.to }),
  });
  const incomplete = findIncompleteFigures(await callCore(core, 'courses.get', { course: metrics.course }));
  if (values.json) {
    io.stdout.write(`${JSON.stringify(toMetricsJson(metrics, incomplete), null, 2)}\n`);
    return;
  }
  const sections = [
    `${metrics.course}: ${metrics.from ?? 'start'} to ${metrics.to}`,
    ...(incomplete ? [`! ${describeIncompleteFigures(incomplete, formatLocalTime)}`] : []),
    formatTable(metrics.teams, [
      // Named as the CSV and the app name them; the path follows in each team's own section.
      { title: 'Team', value: (t) => t.name },
      ...pipelineMetrics.map((m) => ({ title: m.label, value: (t: TeamMetrics) => formatMetricValue(m, t.pipelines[m.id]), alignRight: true })),
    ]),
    ...metrics.teams.map(formatTeam),
  ];
  io.stdout.write(`${sections.join('\n\n')}\n`);
}
