import { practiceLabels } from '../../../shared/domain/practices';
import type { CiFile } from '../../../shared/domain/team-detail';

/** The team's .gitlab-ci.yml with the lines the checks found their evidence on highlighted and labelled. */
export function CiFileView({ file }: { file: CiFile }) {
  if (file.content === null) return <p className="muted">No {file.path} on the default branch: CI is not set up, so there is no file to show.</p>;
  const marks = new Map(file.highlights.map((h) => [h.line, h.practices]));
  const lines = file.content.split('\n');
  return (
    <pre className="ci-file" aria-label={file.path}>
      <code>
        {lines.map((text, index) => {
          const line = index + 1;
          const practices = marks.get(line);
          return (
            <span key={line} className={practices ? 'ci-file__line is-evidence' : 'ci-file__line'} data-line={line}>
              <span className="ci-file__number" aria-hidden="true">
                {line}
              </span>
              <span className="ci-file__text">{text === '' ? ' ' : text}</span>
              {practices && <span className="ci-file__mark">{practices.map((p) => practiceLabels[p]).join(', ')}</span>}
            </span>
          );
        })}
      </code>
    </pre>
  );
}
