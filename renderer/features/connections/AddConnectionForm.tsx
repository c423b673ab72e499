import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import type { MethodInput } from '../../../shared/api/contract';
import type { Connection } from '../../../shared/domain/connection';
import { Button } from '../../components/Button';
import { FormField } from '../../components/FormField';
import type { ConnectionFormValues } from './validate-connection-form';
import { emptyConnectionForm, validateConnectionForm } from './validate-connection-form';

export interface AddConnectionFormProps {
  /** The connection whose settings are being changed; undefined when adding a new one. */
  editing: Connection | undefined;
  isSaving: boolean;
  /** Resolves to true when GitLab accepted the token, so the form can empty itself. */
  onSave(input: MethodInput<'connections.save'>): Promise<boolean>;
  onCancelEdit(): void;
}

function valuesOf(connection: Connection | undefined): ConnectionFormValues {
  if (!connection) return emptyConnectionForm;
  return { gitlabUrl: connection.gitlabUrl, requestsPerMinute: String(connection.requestsPerMinute), caFile: connection.caFile ?? '' };
}

/**
 * Adds a GitLab instance or changes one. The token input is uncontrolled: its value is read once on
 * submit, handed to the core and cleared, so it never sits in React state or a store.
 */
export function AddConnectionForm({ editing, isSaving, onSave, onCancelEdit }: AddConnectionFormProps) {
  const [values, setValues] = useState<ConnectionFormValues>(() => valuesOf(editing));
  const [hasTriedSubmit, setHasTriedSubmit] = useState(false);
  const tokenRef = useRef<HTMLInputElement>(null);

  const validation = validateConnectionForm(values);
  const errors = hasTriedSubmit && 'errors' in validation ? validation.errors : {};
  const change = (field: keyof ConnectionFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setHasTriedSubmit(true);
    if (!('input' in validation) || isSaving) return;
    const tokenInput = tokenRef.current;
    const token = tokenInput?.value.trim() ?? '';
    if (tokenInput) tokenInput.value = '';
    const isAccepted = await onSave({ ...validation.input, ...(token === '' ? {} : { token }) });
    if (isAccepted && !editing) {
      setValues(emptyConnectionForm);
      setHasTriedSubmit(false);
    }
  }

  const tokenHint = editing
    ? 'Leave empty to keep the current token. A new one replaces it in the OS keychain.'
    : 'A personal, group or project access token with the read_api scope. It goes to the OS keychain and is never shown again. Leave empty to use the GITLAB_TOKEN environment variable.';

  return (
    <form className="connection-form" noValidate onSubmit={(event) => void submit(event)} aria-label={editing ? 'Change connection' : 'Add connection'}>
      <div className="connection-form__grid">
        <FormField
          id="connection-url"
          label="GitLab URL"
          error={errors.gitlabUrl}
          hint={editing ? 'To connect another GitLab, add it as a new connection.' : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="text-input"
              type="url"
              inputMode="url"
              value={values.gitlabUrl}
              onChange={change('gitlabUrl')}
              readOnly={editing !== undefined}
              placeholder="https://gitlab.example.edu"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </FormField>
        <FormField id="connection-token" label={editing ? 'New token (optional)' : 'Access token'} hint={tokenHint}>
          {(control) => (
            <input {...control} ref={tokenRef} className="text-input" type="password" autoComplete="off" spellCheck={false} placeholder="glpat-…" />
          )}
        </FormField>
        <FormField id="connection-rate" label="Requests per minute" error={errors.requestsPerMinute} hint="GitPulse never sends more than this to this GitLab.">
          {(control) => (
            <input
              {...control}
              className="text-input connection-form__rate"
              type="number"
              inputMode="numeric"
              min={1}
              max={100000}
              step={1}
              value={values.requestsPerMinute}
              onChange={change('requestsPerMinute')}
            />
          )}
        </FormField>
        <FormField
          id="connection-ca"
          label="CA file (optional)"
          hint="Path of a PEM file with your institution’s certificate authority, for a GitLab with its own certificates."
        >
          {(control) => (
            <input
              {...control}
              className="text-input"
              value={values.caFile}
              onChange={change('caFile')}
              placeholder="/etc/ssl/certs/campus-ca.pem"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </FormField>
      </div>
      <div className="connection-form__actions">
        <Button type="submit" variant="primary" disabled={isSaving}>
          {isSaving ? 'Testing the token…' : editing ? 'Save changes' : 'Add connection'}
        </Button>
        {editing && <Button onClick={onCancelEdit}>Cancel</Button>}
      </div>
    </form>
  );
}
