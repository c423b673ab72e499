import { practiceLabels, practiceNames } from '../../../shared/domain/practices';
import type { TeamDetail } from '../../../shared/domain/team-detail';
import { ExternalLink } from '../../components/ExternalLink';
import { Panel } from '../../components/Panel';
import { CiFileView } from './CiFileView';
import { gitlabLinks } from './gitlab-links';

/** The six CI/CD practice checks with their evidence, beside the file the evidence is in. */
export function PracticesPanel({ detail }: { detail: TeamDetail }) {
  const { checks } = detail.practices;
  return (
    <Panel
      title="CI/CD practices"
      description="Each check passes on evidence in the default branch’s .gitlab-ci.yml (highlighted below) or, for coverage, in its latest pipeline."
      actions={<ExternalLink href={gitlabLinks.ciFile(detail.team.webUrl, detail.ciFile.path)}>{detail.ciFile.path} in GitLab ↗</ExternalLink>}
    >
      <ul className="practice-list">
        {practiceNames.map((name) => {
          const check = checks[name];
          return (
            <li key={name} className={check.passed ? 'practice is-passed' : 'practice is-failed'} data-practice={name}>
              <span className="practice__verdict" aria-label={check.passed ? 'passed' : 'not passed'}>
                {check.passed ? '✓' : '✗'}
              </span>
              <span className="practice__name">{practiceLabels[name]}</span>
              <span className="practice__evidence">
                {check.evidence.length === 0
                  ? 'No evidence found.'
                  : check.evidence.map((e) => `${e.job ? `${e.job}: ` : ''}${e.text}${e.line > 0 ? ` (${e.file}:${e.line})` : ''}`).join(' · ')}
              </span>
            </li>
          );
        })}
      </ul>
      {detail.practices.unresolvedIncludes.length > 0 && (
        <p className="muted">Includes that could not be read (their jobs are not counted): {detail.practices.unresolvedIncludes.join(', ')}</p>
      )}
      <CiFileView file={detail.ciFile} />
    </Panel>
  );
}
