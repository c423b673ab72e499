import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import { useRouteStore } from '../../app/route-store';
import { Button } from '../../components/Button';

/** Compares as the core stores connections: no trailing slash, no /api/v4. */
function toBaseUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\/api\/v4$/, '')}`;
  } catch {
    return null;
  }
}

/** Under the GitLab URL of a new course: a GitLab with no connection yet cannot sync, so say so and where to add one. */
export function MissingConnectionHint({ gitlabUrl }: { gitlabUrl: string }) {
  const [connected, setConnected] = useState<readonly string[] | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void api.call('connections.list', {}).then((result) => {
      if (isCurrent && result.ok) setConnected(result.value.map((c) => c.gitlabUrl));
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  const base = toBaseUrl(gitlabUrl);
  if (connected === null || base === null || connected.includes(base)) return null;
  return (
    <p className="missing-connection" role="status">
      GitPulse has no connection to {base} yet: the course can be added, but it syncs only once a token is saved.{' '}
      <Button variant="ghost" onClick={() => useRouteStore.getState().openSettings('connections')}>
        Settings → Connections
      </Button>
    </p>
  );
}
