import type { PracticeCheck } from '../../../shared/domain/practices';

const shownLines = 4;

/** The evidence of one check as tooltip lines: "job test (stage test), .gitlab-ci.yml:12: pytest -q". */
export function describePracticeEvidence(evidence: PracticeCheck['evidence']): string {
  if (evidence.length === 0) return 'No evidence found.';
  const lines = evidence.slice(0, shownLines).map((e) => {
    const where = e.job === null ? `${e.file}:${e.line}` : `job ${e.job}${e.stage === null ? '' : ` (stage ${e.stage})`}, ${e.file}:${e.line}`;
    return `${where}: ${e.text.trim()}`;
  });
  if (evidence.length > shownLines) lines.push(`and ${evidence.length - shownLines} more`);
  return lines.join('\n');
}
