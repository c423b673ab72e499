import type { PracticeVerdicts, TeamPractices } from '../../../shared/domain/practices';
import { practiceDefinitions, practiceLabels, practiceNames } from '../../../shared/domain/practices';
import { describePracticeEvidence } from './describe-practice-evidence';

/**
 * The six CI/CD checks as a row of marks. Each mark's tooltip says the check, its verdict, what it
 * means and the evidence (job, stage, file and line), all as attribute text, never as markup.
 */
export function PracticeIcons({ verdicts, practices }: { verdicts: PracticeVerdicts; practices: TeamPractices | undefined }) {
  const passed = practiceNames.filter((name) => verdicts[name]).length;
  return (
    <span className="practice-icons" aria-label={`${passed} of ${practiceNames.length} practice checks passed`}>
      {practiceNames.map((name) => {
        const isPassed = verdicts[name];
        const verdict = `${practiceLabels[name]}: ${isPassed ? 'passed' : 'not passed'}`;
        const evidence = practices ? describePracticeEvidence(practices.checks[name].evidence) : 'Evidence is loading…';
        return (
          <span
            key={name}
            role="img"
            className={isPassed ? 'practice-icon is-passed' : 'practice-icon is-failed'}
            aria-label={verdict}
            title={`${verdict}\n${practiceDefinitions[name]}\n\n${evidence}`}
            data-practice={name}
          >
            {isPassed ? '✓' : '✗'}
          </span>
        );
      })}
    </span>
  );
}
