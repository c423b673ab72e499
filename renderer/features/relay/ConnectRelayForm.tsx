import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { FormField } from '../../components/FormField';
import { useRelayStore } from './relay-store';

function checkRelayUrl(url: string): string | undefined {
  if (url.trim() === '') return 'Enter the relay’s address.';
  return /^https?:\/\/[^\s/]+/i.test(url.trim()) ? undefined : 'The address starts with https:// (or http:// for a relay on this machine).';
}

/**
 * Connects the app to a relay. The token input is uncontrolled: read once on submit, handed to the
 * core (which tests it against the relay before the keychain keeps it) and cleared.
 */
export function ConnectRelayForm({ currentUrl }: { currentUrl: string | null }) {
  const [url, setUrl] = useState(currentUrl ?? '');
  const [hasTriedSubmit, setHasTriedSubmit] = useState(false);
  const tokenRef = useRef<HTMLInputElement>(null);
  const busy = useRelayStore((state) => state.busy);
  const urlError = hasTriedSubmit ? checkRelayUrl(url) : undefined;

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setHasTriedSubmit(true);
    if (checkRelayUrl(url) || busy) return;
    const tokenInput = tokenRef.current;
    const token = tokenInput?.value.trim() ?? '';
    if (tokenInput) tokenInput.value = '';
    if (await useRelayStore.getState().connect(url.trim(), token || undefined)) setHasTriedSubmit(false);
  }

  return (
    <form className="connection-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Connect a relay">
      <div className="connection-form__grid">
        <FormField id="relay-url" label="Relay URL" error={urlError} hint="Where the department runs gitpulse-relay, without /api/v1.">
          {(control) => (
            <input
              {...control}
              className="text-input"
              type="url"
              inputMode="url"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
              placeholder="https://gitpulse-relay.example.edu"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </FormField>
        <FormField
          id="relay-token"
          label={currentUrl ? 'New client token (optional)' : 'Client token'}
          hint="One of the relay’s --client-token values. It goes to the OS keychain and is never shown again. Leave empty to use GITPULSE_RELAY_TOKEN."
        >
          {(control) => <input {...control} ref={tokenRef} className="text-input" type="password" autoComplete="off" spellCheck={false} />}
        </FormField>
      </div>
      <div className="connection-form__actions">
        <Button type="submit" variant="primary" disabled={busy === 'connecting'}>
          {busy === 'connecting' ? 'Testing the relay…' : currentUrl ? 'Save relay' : 'Connect relay'}
        </Button>
      </div>
    </form>
  );
}
