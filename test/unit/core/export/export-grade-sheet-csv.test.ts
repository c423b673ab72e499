import { describe, expect, it } from 'vitest';
import { exportGradeSheetCsv } from '../../../../electron/core/export/export-grade-sheet-csv';

const team = (name: string, successRate: number | null) => ({
  projectId: 1,
  project: `course/${name}`,
  name,
  webUrl: 'https://gitlab.example.edu/course/x',
  isReachable: true,
  isArchived: false,
  pipelines: { ...noFigures, total: 4, success: 3, failed: 1, canceled: 0, successRate },
  practices: { pipelineExists: true, testsAutomated: true, coverageThreshold: false, linting: false, securityScan: false, multiStage: false },
  members: [],
  activity: { commits: 0, mergeRequestsMerged: 0, issuesClosed: 0 },
  review: { selfMergedWithoutReview: 0, mergedWithinHour: 0, selfMergedWithoutReviewIids: [], mergedWithinHourIids: [] },
  flags: [],
  unmatchedAuthors: [],
});
const noFigures = {
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
const totals = noFigures;

describe('exportGradeSheetCsv', () => {
  it('starts with a BOM and a header row, one row per team', () => {
    const csv = exportGradeSheetCsv({ course: 'c', from: null, to: '2026-06-01T00:00:00.000Z', totals, teams: [team('alpha', 0.75), team('beta', null)] });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Team,Project,GitLab URL,Pipelines,Succeeded,Failed,Canceled,Success rate (%),Mean duration (s),Median duration (s),P95 duration (s),Builds per day (per day),MTTR (s),Red for (s),Coverage (%)',
    );
    expect(lines[1]).toBe('alpha,course/alpha,https://gitlab.example.edu/course/x,4,3,1,0,75.0,,,,,,,');
    expect(lines[2]?.endsWith(',')).toBe(true);
  });

  it('neutralises student-written text that a spreadsheet would run as a formula', () => {
    const csv = exportGradeSheetCsv({
      course: 'c',
      from: null,
      to: '2026-06-01T00:00:00.000Z',
      totals,
      teams: [team('=HYPERLINK("http://evil")', 1), team('@SUM(A1)', 1), team('+1', 1)],
    });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).toContain("'+1");
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('quotes commas, quotes and line breaks in names', () => {
    const csv = exportGradeSheetCsv({ course: 'c', from: null, to: '2026-06-01T00:00:00.000Z', totals, teams: [team('a, "b"\nc', 1)] });
    expect(csv).toContain('"a, ""b""\nc"');
  });
});

describe('exportGradeSheetCsv with hostile student text', () => {
  const csvFor = (name: string) => exportGradeSheetCsv({ course: 'c', from: null, to: '2026-06-01T00:00:00.000Z', totals, teams: [team(name, 1)] });

  it('quotes a cell holding a bare CR or LF, so the next line cannot start a row with a live formula', () => {
    for (const breakChar of ['\r', '\n']) {
      const csv = csvFor(`team${breakChar}=cmd|' /C calc'!A0`);
      expect(csv).toContain(`"team${breakChar}=cmd|' /C calc'!A0"`);
      // Read as a spreadsheet would: no record may start with a formula character.
      const records = csv.slice(1).split('\r\n');
      expect(records.some((r) => /^[=+\-@]/.test(r))).toBe(false);
    }
  });

  it('cuts cells at Excel’s 32,767 characters', () => {
    const csv = csvFor('x'.repeat(40_000));
    expect(csv).toContain(`\r\n${'x'.repeat(32_767)},`);
    expect(csv).not.toContain('x'.repeat(32_768));
  });

  it('removes bidi overrides, so "team\\u202Egnp.exe" cannot pose as "teamexe.png"', () => {
    expect(csvFor('team\u202Egnp.exe\u2066')).toContain('teamgnp.exe,');
  });
});
