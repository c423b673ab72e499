import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { useAppInfoStore } from './app-info-store';

export function AboutSection() {
  const info = useAppInfoStore((state) => state.info);
  const error = useAppInfoStore((state) => state.error);

  useEffect(() => {
    void useAppInfoStore.getState().fetchAppInfo();
  }, []);

  return (
    <Panel title="About" description="Where GitPulse keeps its data on this computer. Back up the data folder to keep your courses.">
      {error && (
        <ErrorBanner
          title="Could not read the app information"
          error={error}
          action={<Button onClick={() => void useAppInfoStore.getState().fetchAppInfo()}>Retry</Button>}
        />
      )}
      {info && (
        <dl className="settings-list">
          <dt>Version</dt>
          <dd className="settings-list__value">{info.version}</dd>
          <dt>Data folder</dt>
          <dd className="settings-list__value settings-list__path">{info.dataDir}</dd>
          <dt>Database file</dt>
          <dd className="settings-list__value settings-list__path">{info.databasePath}</dd>
        </dl>
      )}
    </Panel>
  );
}
