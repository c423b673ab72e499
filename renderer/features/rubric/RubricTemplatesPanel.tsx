import { useState } from 'react';
import { Button } from '../../components/Button';
import { FormField } from '../../components/FormField';
import { Panel } from '../../components/Panel';
import { useRubricStore } from './rubric-store';

/** Reuse across courses: put a template in the draft (undoable, saved like any edit), or keep the draft as one. */
export function RubricTemplatesPanel({ problem }: { problem: string | undefined }) {
  const templates = useRubricStore((s) => s.templates);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const [savedAs, setSavedAs] = useState<string | undefined>(undefined);

  async function saveTemplate(): Promise<void> {
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError('Name the template');
      return;
    }
    if (trimmed.length > 80) {
      setNameError('must be at most 80 characters');
      return;
    }
    setNameError(undefined);
    if (await useRubricStore.getState().saveTemplate(trimmed)) {
      setSavedAs(trimmed);
      setName('');
    }
  }

  return (
    <Panel title="Templates" description="Applying one replaces the draft; nothing changes until you save.">
      <ul className="rubric-templates">
        {templates.map((template) => (
          <li key={template.id ?? 'built-in'} className="rubric-versions__item">
            <span className="rubric-versions__text">
              <bdi>{template.name}</bdi>
              <span className="muted">{template.isBuiltIn ? 'built-in' : 'yours'}</span>
            </span>
            <Button variant="ghost" aria-label={`Apply the template ${template.name}`} onClick={() => useRubricStore.getState().applyTemplate(template)}>
              Apply
            </Button>
          </li>
        ))}
      </ul>
      <form
        className="rubric-templates__save"
        onSubmit={(event) => {
          event.preventDefault();
          void saveTemplate();
        }}
      >
        <FormField id="rubric-template-name" label="Save the draft as a template" error={nameError} hint={savedAs ? `Saved as ${savedAs}` : undefined}>
          {(control) => <input {...control} className="text-input" value={name} placeholder="Template name" onChange={(e) => setName(e.target.value)} />}
        </FormField>
        <Button type="submit" disabledReason={problem ? `Fix this first: ${problem}` : undefined}>
          Save as template
        </Button>
      </form>
    </Panel>
  );
}
