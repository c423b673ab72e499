import type { CourseGrades, GradedStudent, GradedTeam } from '../../../shared/domain/course-grades';

/** One student's line of the grade sheet, before any format's cell rules apply. */
export interface GradeSheetRow {
  course: string;
  /** The team's project path with namespace, which identifies it on GitLab. */
  project: string;
  teamName: string;
  studentName: string;
  username: string;
  email: string | null;
  /** Aligned with `GradeSheet.criteria`; null where the team's rubric has no such criterion. */
  criterionPoints: Array<number | null>;
  total: number;
  maxPoints: number;
  percent: number;
  comments: string;
}

export interface GradeSheet {
  course: string;
  asOf: string;
  frozen: boolean;
  frozenAt: string | null;
  rubric: CourseGrades['rubric'];
  /** Criterion names in rubric order, one points column each. */
  criteria: string[];
  rows: GradeSheetRow[];
}

/** The columns every tabular writer (CSV, XLSX) puts first, in this order. */
export function listGradeSheetColumns(sheet: GradeSheet): string[] {
  return ['Course', 'Team', 'Student', 'Username', 'Email', ...sheet.criteria, 'Total', 'Maximum', 'Percent', 'Comments'];
}

/** A row as cells in the order of `listGradeSheetColumns`: text still untrusted, numbers as numbers. */
export function toGradeSheetCells(row: GradeSheetRow): Array<string | number | null> {
  return [row.course, row.project, row.studentName, row.username, row.email, ...row.criterionPoints, row.total, row.maxPoints, row.percent, row.comments];
}

function formatSigned(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

/**
 * What the instructor wrote about this student's grade, in one cell: each criterion's comment, each
 * override with its reason, and the student's own adjustment with its reason.
 */
function describeComments(team: GradedTeam, student: GradedStudent): string {
  const parts: string[] = [];
  // The student's own adjustment first: a long team comment cut at a cell limit must not hide it.
  if (student.adjustment !== 0) {
    const reason = student.adjustmentReason ? `: ${student.adjustmentReason}` : '';
    parts.push(`Adjustment ${formatSigned(student.adjustment)}${reason}`);
  }
  for (const criterion of team.criteria) {
    if (criterion.override) parts.push(`${criterion.name} set to ${criterion.override.points}: ${criterion.override.reason}`);
    if (criterion.comment) parts.push(`${criterion.name}: ${criterion.comment}`);
  }
  return parts.join('; ');
}

/**
 * The grade sheet every format is written from: one row per student, teams in the order grading gave
 * them. Points are copied, never recomputed: the grading core has weighted and rounded them already.
 */
export function buildGradeSheet(grades: CourseGrades): GradeSheet {
  const criteria: string[] = [];
  for (const team of grades.teams) for (const c of team.criteria) if (!criteria.includes(c.name)) criteria.push(c.name);
  const rows = grades.teams.flatMap((team) =>
    team.students.map((student) => ({
      course: grades.course,
      project: team.project,
      teamName: team.name,
      studentName: student.name,
      username: student.username,
      email: student.email,
      criterionPoints: criteria.map((name) => team.criteria.find((c) => c.name === name)?.points ?? null),
      total: student.total,
      maxPoints: team.maxPoints,
      percent: student.percent,
      comments: describeComments(team, student),
    })),
  );
  return { course: grades.course, asOf: grades.asOf, frozen: grades.frozen, frozenAt: grades.frozenAt, rubric: grades.rubric, criteria, rows };
}
