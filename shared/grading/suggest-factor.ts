import { roundToHundredths } from './round-points';

/** The band a suggested factor stays in: unequal work moves a grade by at most a fifth either way. */
export const suggestedFactorBounds = { min: 0.8, max: 1.2 } as const;

export interface SuggestedFactorResult {
  factor: number | null;
  basis: string;
}

/**
 * A student's suggested factor (docs/grading.md): their contribution share divided by an equal split
 * (1/n of the team's n students), clamped to 0.8 to 1.2 and rounded to hundredths. The share is the
 * mean of the commit share and the line share, or whichever of the two exists; with neither (a team
 * with no counted commits) there is nothing to suggest. Only shown: a factor counts once the
 * instructor sets it as the student's adjustment.
 */
export function suggestFactor(commitShare: number | null, lineShare: number | null, studentCount: number): SuggestedFactorResult {
  const shares = [commitShare, lineShare].filter((s): s is number => s !== null);
  if (shares.length === 0 || studentCount === 0) return { factor: null, basis: 'no counted commits in the team' };
  const share = shares.reduce((sum, s) => sum + s, 0) / shares.length;
  const ofEqualSplit = share * studentCount;
  const factor = roundToHundredths(Math.min(suggestedFactorBounds.max, Math.max(suggestedFactorBounds.min, ofEqualSplit)));
  const which = shares.length === 2 ? 'mean of commit and line share' : commitShare !== null ? 'commit share' : 'line share';
  return { factor, basis: `${which} ${roundToHundredths(share * 100)} % of ${studentCount} students = ${roundToHundredths(ofEqualSplit)} x an equal split` };
}
