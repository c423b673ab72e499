import type { StudentMetrics } from '../domain/student-metrics';

/**
 * The per-student figures, one list for every place that copies them out of a student's metrics:
 * the CLI's JSON (in this order, which the README documents), the rubric checks, the app's tables.
 */
export const studentFigureIds = [
  'commits',
  'additions',
  'deletions',
  'mergeRequestsOpened',
  'mergeRequestsMerged',
  'mergeRequestsReviewed',
  'comments',
  'commentWordsOnOthers',
  'issuesOpened',
  'issuesClosed',
  'buildsBroken',
  'buildsFixed',
  'commitShare',
  'lineShare',
] as const satisfies readonly (keyof StudentMetrics)[];
export type StudentFigureId = (typeof studentFigureIds)[number];

/** A student's figures alone, without the name, the weekly series or the last activity. */
export function pickStudentFigures(student: StudentMetrics): Pick<StudentMetrics, StudentFigureId> {
  // fromEntries types its keys as string; the entries are exactly studentFigureIds.
  return Object.fromEntries(studentFigureIds.map((id) => [id, student[id]])) as Pick<StudentMetrics, StudentFigureId>;
}

/** A per-student figure as the app's tables and profile show it; definitions as docs/metrics.md gives them. */
export interface StudentFigure {
  id: StudentFigureId;
  label: string;
  /** A count, or a ratio of the team (shown as a percentage). */
  unit: 'count' | 'ratio';
  definition: string;
}

/** Every per-student figure, in the order tables and the profile show them. */
export const studentFigures: readonly StudentFigure[] = [
  {
    id: 'commits',
    label: 'Commits',
    unit: 'count',
    definition:
      'Distinct commits reachable from a branch, not merge commits, not excluded, committed in the window, whose author is the student (by email, then name, or an alias).',
  },
  { id: 'additions', label: 'Lines added', unit: 'count', definition: 'Lines added by those commits (GitLab’s commit stats).' },
  { id: 'deletions', label: 'Lines deleted', unit: 'count', definition: 'Lines deleted by those commits (GitLab’s commit stats).' },
  { id: 'mergeRequestsOpened', label: 'MRs opened', unit: 'count', definition: 'Merge requests the student authored, created in the window.' },
  {
    id: 'mergeRequestsMerged',
    label: 'MRs merged',
    unit: 'count',
    definition: 'Merge requests the student authored that were merged in the window, whoever merged them.',
  },
  {
    id: 'mergeRequestsReviewed',
    label: 'MRs reviewed',
    unit: 'count',
    definition: 'Merge requests of another author, created in the window, on which the student is a reviewer or left a comment; each counts once.',
  },
  {
    id: 'comments',
    label: 'Comments',
    unit: 'count',
    definition: 'The student’s comments (non-system notes) on merge requests and issues, created in the window.',
  },
  { id: 'commentWordsOnOthers', label: 'Review words', unit: 'count', definition: 'Words of those comments that are on merge requests of another author.' },
  { id: 'issuesOpened', label: 'Issues opened', unit: 'count', definition: 'Issues the student authored, created in the window.' },
  { id: 'issuesClosed', label: 'Issues closed', unit: 'count', definition: 'Issues the student closed in the window.' },
  {
    id: 'buildsBroken',
    label: 'Builds broken',
    unit: 'count',
    definition: 'Default-branch failure episodes whose first failed pipeline ran a commit of the student.',
  },
  {
    id: 'buildsFixed',
    label: 'Builds fixed',
    unit: 'count',
    definition: 'Default-branch failure episodes ended by a successful pipeline on a commit of the student.',
  },
  { id: 'commitShare', label: 'Commit share', unit: 'ratio', definition: 'The student’s commits divided by the commits of all the team’s students.' },
  { id: 'lineShare', label: 'Line share', unit: 'ratio', definition: 'The student’s added plus deleted lines divided by those of all the team’s students.' },
];
