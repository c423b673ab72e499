import type { PracticeCheck } from './practice-check';

/** The course's threshold when it sets none, in percent. */
export const defaultCoverageThreshold = 60;

/**
 * Passes when the latest coverage (percent, from the metrics) is at or above the threshold. It has no
 * place in a file, so its single evidence item names only the numbers.
 */
export function checkCoverageThreshold(latestCoverage: number | null, threshold: number = defaultCoverageThreshold): PracticeCheck {
  if (latestCoverage === null) {
    return { passed: false, evidence: [] };
  }
  return {
    passed: latestCoverage >= threshold,
    evidence: [{ job: null, stage: null, file: '', line: 0, text: `latest coverage ${latestCoverage} % against a threshold of ${threshold} %` }],
  };
}
