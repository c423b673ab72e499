/** A share of the team's work (0 to 1) as a percentage with one decimal; a dash when there is none to share. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)} %`;
}
