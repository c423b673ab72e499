import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { formatAbsoluteTime } from '../../format/format-relative-time';
import { useRubricStore } from './rubric-store';

/** Every saved version, newest first; any of them opens read-only. */
export function RubricHistoryPanel() {
  const versions = useRubricStore((s) => s.versions);
  const inForce = useRubricStore((s) => s.saved?.version);
  const viewing = useRubricStore((s) => s.viewing?.version);
  return (
    <Panel title="Versions" description="Saving makes a new version and regrades every team; earlier ones stay here.">
      <ol className="rubric-versions">
        {versions.map((v) => (
          <li key={v.version} className="rubric-versions__item">
            <div className="rubric-versions__text">
              <span className="rubric-versions__name">
                v{v.version} <bdi>{v.name}</bdi>
                {v.version === inForce && <span className="chip"> in force</span>}
              </span>
              <span className="muted">{v.isBuiltIn ? 'built-in template' : v.savedAt ? formatAbsoluteTime(v.savedAt) : ''}</span>
            </div>
            <Button
              variant="ghost"
              aria-label={`View version ${v.version}`}
              aria-pressed={viewing === v.version}
              onClick={() => void useRubricStore.getState().viewVersion(v.version)}
            >
              View
            </Button>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
