import { parseNumberText } from '../../components/NumberInput';

export type ManualEntry = { ok: true; points: number | null } | { ok: false; message: string };

/** The points typed into a manual cell: empty clears the score; otherwise a number from 0 to the criterion's maximum. */
export function readManualEntry(text: string, maxPoints: number | undefined): ManualEntry {
  const points = parseNumberText(text);
  if (points === undefined) return { ok: true, points: null };
  if (Number.isNaN(points)) return { ok: false, message: 'must be a number' };
  if (points < 0) return { ok: false, message: 'must be >= 0' };
  if (maxPoints !== undefined && points > maxPoints) return { ok: false, message: `must be <= ${maxPoints}` };
  return { ok: true, points };
}
