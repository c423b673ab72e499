import type { GradeSheetRow } from './build-grade-sheet';

/** What identifies an LMS row: the values of its email and username (or login) columns. */
export interface LmsIdentity {
  email: string | null;
  username: string | null;
}

export type LmsMatch = { kind: 'matched'; student: GradeSheetRow } | { kind: 'unmatched'; reason: string } | { kind: 'skipped' };

export interface UnmatchedLmsRow {
  /** 1-based line of the file, the header being line 1 (as a spreadsheet numbers it). */
  line: number;
  who: string;
  reason: string;
}

const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/**
 * Matches each LMS row to at most one GitPulse student, on the email (ignoring case, as mail does) or
 * the username, whole values only: never a substring, a name or a guess. A row whose email and username
 * point to different students, or a student graded in two teams, is listed as unmatched instead.
 */
export function matchLmsStudents(students: readonly GradeSheetRow[], identities: ReadonlyArray<LmsIdentity | null>): LmsMatch[] {
  const byEmail = new Map<string, GradeSheetRow[]>();
  const byUsername = new Map<string, GradeSheetRow[]>();
  for (const student of students) {
    if (student.email) push(byEmail, normaliseEmail(student.email), student);
    push(byUsername, student.username, student);
  }
  return identities.map((identity) => {
    if (!identity) return { kind: 'skipped' };
    const email = identity.email?.trim() ? normaliseEmail(identity.email) : null;
    const username = identity.username?.trim() ? identity.username.trim() : null;
    if (!email && !username) return { kind: 'unmatched', reason: 'no email or username in this row' };
    const candidates = new Set([...(email ? (byEmail.get(email) ?? []) : []), ...(username ? (byUsername.get(username) ?? []) : [])]);
    if (candidates.size === 0) return { kind: 'unmatched', reason: 'no GitPulse student has this email or username' };
    if (candidates.size > 1)
      return { kind: 'unmatched', reason: 'matches more than one GitPulse student (graded in two teams, or email and username disagree)' };
    const [student] = candidates;
    return student ? { kind: 'matched', student } : { kind: 'unmatched', reason: 'no GitPulse student has this email or username' };
  });
}

/** Students of the grade sheet that no LMS row matched: their grades did not reach the file. */
export function listStudentsNotInFile(students: readonly GradeSheetRow[], matches: readonly LmsMatch[]): string[] {
  const reached = new Set(matches.flatMap((m) => (m.kind === 'matched' ? [m.student] : [])));
  return students.filter((s) => !reached.has(s)).map((s) => `${s.username} (${s.project})`);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
