import type { CourseGrades, GradedCriterion, GradedStudent, GradedTeam } from '../../../../shared/domain/course-grades';

/** Student-written text a grade sheet must show as plain text, never run or reorder. */
export const hostile = {
  formulaName: '=HYPERLINK("http://x","y")',
  plusComment: '+1 great work',
  atComment: '@SUM(A1:A9)',
  minusName: '-2+3',
  tabName: '\tindented',
  crName: '\rreturn',
  lineBreakName: "Ada\r\n=cmd|' /C calc'!A0",
  bidiName: 'team\u202Egnp.exe\u2066',
  ansiName: '\u001B[2J\u001B]0;pwned\u0007Mallory',
  longText: 'x'.repeat(40_000),
  nonAscii: 'Žofie Dvořáková 李雷 😀',
};

export function makeCriterion(name: string, points: number, maxPoints: number, extra: Partial<GradedCriterion> = {}): GradedCriterion {
  return {
    name,
    level: 'basic',
    points,
    maxPoints,
    kind: 'automatic',
    checks: [{ name: `${name} check`, points, maxPoints, evidence: `${points} of ${maxPoints}`, kind: 'practice', source: 'pipelineExists', value: null }],
    comment: null,
    override: null,
    computedPoints: points,
    manualPoints: null,
    ...extra,
  };
}

let nextUserId = 1;

export function makeStudent(username: string, name: string, total: number, maxPoints: number, extra: Partial<GradedStudent> = {}): GradedStudent {
  return {
    userId: nextUserId++,
    username,
    name,
    email: `${username}@uni.example.edu`,
    adjustment: 0,
    adjustmentReason: null,
    adjustmentFactor: null,
    commitShare: null,
    lineShare: null,
    suggestedFactor: null,
    total,
    percent: Math.round((total / maxPoints) * 1000) / 10,
    ...extra,
  };
}

function makeTeam(projectId: number, slug: string, criteria: GradedCriterion[], students: GradedStudent[]): GradedTeam {
  const total = criteria.reduce((sum, c) => sum + c.points, 0);
  return {
    projectId,
    project: `se-2026/${slug}`,
    name: slug,
    webUrl: `https://gitlab.uni.example.edu/se-2026/${slug}`,
    criteria,
    total,
    maxPoints: criteria.filter((c) => c.level !== 'bonus').reduce((sum, c) => sum + c.maxPoints, 0),
    students,
  };
}

/**
 * Two teams graded on a three-criterion rubric (max 30). Team alpha scores 22.5, one student has a +2
 * adjustment; team beta scores 11 with an override; names and comments carry hostile text.
 */
export function makeCourseGrades(): CourseGrades {
  const alpha = makeTeam(
    101,
    'team-alpha',
    [
      makeCriterion('CI/CD Pipeline', 8, 10),
      makeCriterion('Teamwork', 7.5, 10),
      makeCriterion('Code quality', 7, 10, { kind: 'manual', checks: [], comment: hostile.plusComment }),
    ],
    [
      makeStudent('ada', hostile.formulaName, 22.5, 30),
      makeStudent('bob', hostile.lineBreakName, 24.5, 30, { adjustment: 2, adjustmentReason: hostile.atComment }),
      makeStudent('cyril', hostile.nonAscii, 22.5, 30, { email: null }),
    ],
  );
  const beta = makeTeam(
    102,
    'team-beta',
    [
      makeCriterion('CI/CD Pipeline', 2, 10, { override: { points: 2, reason: 'pipeline copied from another team' } }),
      makeCriterion('Teamwork', 5, 10),
      makeCriterion('Code quality', 4, 10, { kind: 'manual', checks: [], comment: hostile.longText }),
    ],
    [
      makeStudent('dana', hostile.bidiName, 11, 30),
      makeStudent('eve', hostile.ansiName, 8.5, 30, { adjustment: -2.5, adjustmentReason: '-2.5 for missing reviews' }),
      makeStudent('fritz', hostile.tabName, 11, 30),
      makeStudent('gina', hostile.crName, 11, 30),
      makeStudent('hugo', hostile.minusName, 11, 30),
    ],
  );
  return {
    course: 'se-2026',
    iteration: null,
    asOf: '2026-06-01T00:00:00.000Z',
    frozen: true,
    frozenAt: '2026-06-02T08:00:00.000Z',
    lastSyncAt: '2026-05-31T22:00:00.000Z',
    rubric: { name: 'Default rubric', version: 3, maxPoints: 30 },
    teams: [alpha, beta],
  };
}
