import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import type { HookSetup } from '../../../shared/api/relay-api';
import { Button } from '../../components/Button';
import { FormField } from '../../components/FormField';
import { useCoursesStore } from '../courses/courses-store';
import { useRelayStore } from './relay-store';

const outcomeLabels: Record<HookSetup['projects'][number]['outcome'], { label: string; tone: string }> = {
  created: { label: 'Created', tone: 'good' },
  updated: { label: 'Updated', tone: 'good' },
  verified: { label: 'Already set up', tone: 'good' },
  manual: { label: 'Set up by hand', tone: 'warn' },
  failed: { label: 'Failed', tone: 'bad' },
};

/** Per project: what happened to its hook; then, when needed, the steps to take in GitLab by hand. */
export function HookSetupResult({ setup }: { setup: HookSetup }) {
  return (
    <div className="relay-hooks">
      {setup.projects.length > 0 && (
        <table className="relay-hooks__table">
          <thead>
            <tr>
              <th scope="col">Team project</th>
              <th scope="col">Hook</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {setup.projects.map((project) => (
              <tr key={project.project}>
                <td className="relay-hooks__path">{project.project}</td>
                <td>
                  <span className={`status-dot is-${outcomeLabels[project.outcome].tone}`}>{outcomeLabels[project.outcome].label}</span>
                </td>
                <td className="muted">{project.message ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {setup.steps.length > 0 && (
        <div className="relay-hooks__steps">
          <p className="relay-hooks__steps-title">
            {setup.mode === 'manual'
              ? 'This token cannot manage hooks (it needs the api scope). In GitLab:'
              : 'For the projects above that need it, in GitLab:'}
          </p>
          <ol>
            {setup.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}

/** Creates or verifies the relay's project hook on each team project of a course. */
export function WebhookSetupForm() {
  const courses = useCoursesStore((state) => state.courses).filter((course) => !course.isDemo);
  const busy = useRelayStore((state) => state.busy);
  const [courseId, setCourseId] = useState<number | undefined>(undefined);
  const secretRef = useRef<HTMLInputElement>(null);
  const [secretError, setSecretError] = useState<string | undefined>(undefined);
  const selected = courseId ?? courses[0]?.id;

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const secretInput = secretRef.current;
    const secret = secretInput?.value.trim() ?? '';
    if (secretInput) secretInput.value = '';
    if (!secret) {
      setSecretError('Enter one of the relay’s --secret values: GitLab sends it with every delivery.');
      return;
    }
    setSecretError(undefined);
    if (selected === undefined || busy) return;
    await useRelayStore.getState().setupWebhooks(selected, secret);
  }

  if (courses.length === 0) return <p className="muted">Add a course first: its team projects are where the hooks go.</p>;
  return (
    <form className="connection-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Set up webhooks">
      <div className="connection-form__grid">
        <FormField id="relay-hooks-course" label="Course">
          {(control) => (
            <select {...control} className="text-input" value={selected} onChange={(event) => setCourseId(Number(event.target.value))}>
              {courses.map((course) => (
                <option key={course.id} value={course.id}>
                  {course.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="relay-hooks-secret" label="Webhook secret" error={secretError} hint="Sent to GitLab only; GitPulse does not keep it.">
          {(control) => <input {...control} ref={secretRef} className="text-input" type="password" autoComplete="off" spellCheck={false} />}
        </FormField>
      </div>
      <div className="connection-form__actions">
        <Button type="submit" disabled={busy === 'hooks'}>
          {busy === 'hooks' ? 'Setting up hooks…' : 'Create or verify hooks'}
        </Button>
      </div>
    </form>
  );
}
