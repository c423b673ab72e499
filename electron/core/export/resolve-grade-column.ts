import { toPrintableLine } from '../../../shared/domain/student-text';
import { ApiFailure } from '../api/api-failure';

/**
 * The column of an LMS export that receives the GitPulse total: the one named `requested` exactly, or,
 * when none is named, the only column whose header mentions GitPulse. Anything else is refused with
 * the columns the file has, rather than writing grades into the wrong assignment.
 */
export function resolveGradeColumn(header: readonly string[], requested: string | undefined, label: string, isCandidate: (name: string) => boolean): number {
  const listed = header
    .filter(isCandidate)
    .map((h) => `"${toPrintableLine(h, 80)}"`)
    .join(', ');
  if (requested !== undefined) {
    const index = header.indexOf(requested);
    if (index < 0)
      throw new ApiFailure('invalid_input', `${label} has no column "${toPrintableLine(requested, 80)}"; its grade columns are ${listed || 'none'}.`);
    return index;
  }
  const found = header.flatMap((h, i) => (isCandidate(h) && /gitpulse/i.test(h) ? [i] : []));
  const [only] = found;
  if (found.length === 1 && only !== undefined) return only;
  throw new ApiFailure(
    'invalid_input',
    found.length > 1
      ? `${label} has ${found.length} GitPulse columns; name the one to fill (grade columns: ${listed}).`
      : `${label} has no GitPulse column; create a grade item named "GitPulse ..." in the LMS and export again, or name the column to fill (grade columns: ${listed || 'none'}).`,
  );
}
