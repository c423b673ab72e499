import { describe, expect, it } from 'vitest';
import type { TeamMetrics } from '../../shared/domain/team-metrics';
import { chooseValueScale } from '../../renderer/charts/choose-value-scale';
import { buildTeamBarOption, collectTeamBars, shortenLabel, summarizeTeamBars } from '../../renderer/features/courses/build-team-bar-option';
import { describeMissingValue } from '../../renderer/features/courses/describe-missing-value';
import { describePracticeEvidence } from '../../renderer/features/courses/describe-practice-evidence';
import { describeResolvedWindow } from '../../renderer/features/courses/describe-resolved-window';
import { findOverviewMetric, overviewMetrics } from '../../renderer/features/courses/overview-metrics';
import { keepFlaggedTeams, naturalDirection, readSortValue, sortTeams } from '../../renderer/features/courses/sort-teams';

const noPipelines = {
  total: 0,
  success: 0,
  failed: 0,
  canceled: 0,
  successRate: null,
  meanDurationS: null,
  medianDurationS: null,
  p95DurationS: null,
  buildsPerDay: null,
  mttrS: null,
  openFailureSinceS: null,
  latestCoverage: null,
};

function team(name: string, figures: Partial<TeamMetrics['pipelines']> = {}, extra: Partial<TeamMetrics> = {}): TeamMetrics {
  return {
    projectId: name.length,
    project: `course/${name.toLowerCase()}`,
    name,
    webUrl: `https://gitlab.example.edu/course/${name}`,
    isReachable: true,
    isArchived: false,
    pipelines: { ...noPipelines, total: 10, ...figures },
    practices: { pipelineExists: true, testsAutomated: true, coverageThreshold: false, linting: false, securityScan: false, multiStage: false },
    members: [],
    activity: { commits: 0, mergeRequestsMerged: 0, issuesClosed: 0 },
    review: { selfMergedWithoutReview: 0, mergedWithinHour: 0, selfMergedWithoutReviewIids: [], mergedWithinHourIids: [] },
    flags: [],
    unmatchedAuthors: [],
    ...extra,
  };
}

const metric = (id: string) => {
  const found = findOverviewMetric(id);
  if (!found) throw new Error(`no metric ${id}`);
  return found;
};

describe('the overview figures', () => {
  it('list every pipeline metric and every activity total, with the brief’s columns shown', () => {
    const columns = overviewMetrics.filter((m) => m.isColumn).map((m) => m.id);
    expect(columns).toEqual(['successRate', 'medianDurationS', 'buildsPerDay', 'mttrS', 'latestCoverage', 'commits', 'mergeRequestsMerged', 'issuesClosed']);
    for (const m of overviewMetrics) expect(m.definition.length).toBeGreaterThan(20);
  });
});

describe('sorting teams', () => {
  const a = team('Alpha', { successRate: 0.5, mttrS: 600 }, { activity: { commits: 30, mergeRequestsMerged: 1, issuesClosed: 2 } });
  const b = team('Beta', { successRate: 0.9, mttrS: null }, { activity: { commits: 10, mergeRequestsMerged: 5, issuesClosed: 0 } });
  const c = team('Gamma', { total: 0 }, { flags: [{ kind: 'defaultBranchRed', detail: 'red for 9 days' }] });

  it('puts teams without a value last in both directions', () => {
    expect(sortTeams([a, b, c], { key: 'successRate', direction: 'descending' }).map((t) => t.name)).toEqual(['Beta', 'Alpha', 'Gamma']);
    expect(sortTeams([a, b, c], { key: 'successRate', direction: 'ascending' }).map((t) => t.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(sortTeams([a, b, c], { key: 'mttrS', direction: 'ascending' }).map((t) => t.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('sorts on activity totals, practices passed and flags raised', () => {
    expect(sortTeams([a, b, c], { key: 'commits', direction: 'descending' }).map((t) => t.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(readSortValue(a, 'practices')).toBe(2);
    expect(readSortValue(c, 'flags')).toBe(1);
    expect(sortTeams([a, b, c], { key: 'flags', direction: 'descending' }).map((t) => t.name)).toEqual(['Gamma', 'Alpha', 'Beta']);
  });

  it('starts each column with the better teams first', () => {
    expect(naturalDirection('successRate')).toBe('descending');
    expect(naturalDirection('mttrS')).toBe('ascending');
    expect(naturalDirection('medianDurationS')).toBe('ascending');
    expect(naturalDirection('flags')).toBe('ascending');
    expect(naturalDirection('practices')).toBe('descending');
  });

  it('keeps only flagged teams when asked', () => {
    expect(keepFlaggedTeams([a, b, c]).map((t) => t.name)).toEqual(['Gamma']);
  });
});

describe('missing values', () => {
  it('say why in words instead of showing a zero', () => {
    expect(describeMissingValue(metric('successRate'), team('Quiet', { total: 0 }))).toBe('no pipelines');
    expect(describeMissingValue(metric('buildsPerDay'), team('Quiet', { total: 0, buildsPerDay: 0 }))).toBe('no pipelines');
    expect(describeMissingValue(metric('commits'), team('Quiet', { total: 0 }))).toBeNull();
    expect(describeMissingValue(metric('latestCoverage'), team('NoCov'))).toBe('not reported');
    expect(describeMissingValue(metric('mttrS'), team('Red', { openFailureSinceS: 3600 }))).toBe('still red');
    expect(describeMissingValue(metric('mttrS'), team('Green'))).toBe('never red');
    expect(describeMissingValue(metric('successRate'), team('Fine', { successRate: 0.8 }))).toBeNull();
  });
});

describe('the comparison chart', () => {
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const teams = [team(hostile, { successRate: 0.25 }), team('Beta', { successRate: 0.75 }), team('Quiet', { total: 0 })];
  const theme = {
    text: '#000',
    textMuted: '#555',
    border: '#ddd',
    surface: '#fff',
    accent: '#00f',
    good: '#0a0',
    warn: '#fa0',
    bad: '#f00',
    palette: ['#00f'],
  };

  it('draws the teams with a value, best first, on a percent axis, and names those without one', () => {
    const data = collectTeamBars(teams, metric('successRate'));
    expect(data.bars.map((b) => [b.name, b.scaled])).toEqual([
      ['Beta', 75],
      [hostile, 25],
    ]);
    expect(data.missing).toEqual(['Quiet']);
    expect(data.axisName).toBe('Success rate (%)');
    expect(summarizeTeamBars(data, metric('successRate'), 'the course window')).toBe(
      `Success rate per team over the course window. Best: Beta, 75.0 %; worst: ${hostile}, 25.0 %; 2 teams in all. No value for 1 team: Quiet.`,
    );
  });

  it('escapes team names in the tooltip, which echarts writes as HTML', () => {
    const data = collectTeamBars(teams, metric('successRate'));
    const option = buildTeamBarOption(data, metric('successRate'), theme) as { tooltip: { formatter(p: unknown): string } };
    const html = option.tooltip.formatter({ dataIndex: 1 });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('cuts long names on the axis by characters, keeping short ones whole', () => {
    expect(shortenLabel('Team 03')).toBe('Team 03');
    expect(shortenLabel(hostile)).toBe('<img src=x onerror=al…');
  });

  it('picks a duration unit that keeps the axis readable', () => {
    expect(chooseValueScale('seconds', [30, 90])).toEqual({ factor: 1, unit: 's' });
    expect(chooseValueScale('seconds', [300])).toEqual({ factor: 1 / 60, unit: 'min' });
    expect(chooseValueScale('seconds', [4 * 3600])).toEqual({ factor: 1 / 3600, unit: 'h' });
    expect(chooseValueScale('seconds', [3 * 86_400])).toEqual({ factor: 1 / 86_400, unit: 'd' });
    expect(chooseValueScale('ratio', [0.5])).toEqual({ factor: 100, unit: '%' });
  });
});

describe('describing what the overview counted', () => {
  it('shows the days a window covers, or "now" when it was capped', () => {
    expect(describeResolvedWindow('2026-02-16T00:00:00.000Z', '2026-03-02T00:00:00.000Z')).toBe('Counting 16 Feb 2026 – 1 Mar 2026');
    expect(describeResolvedWindow(null, '2026-03-10T12:30:00.000Z')).toBe('Counting from the first pipeline – now (10 Mar 2026)');
  });

  it('writes practice evidence as job, stage, file and line', () => {
    expect(describePracticeEvidence([{ job: 'unit', stage: 'test', file: '.gitlab-ci.yml', line: 12, text: '  - pytest -q ' }])).toBe(
      'job unit (stage test), .gitlab-ci.yml:12: - pytest -q',
    );
    expect(describePracticeEvidence([])).toBe('No evidence found.');
  });
});
