import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useAppInfoStore } from './app-info-store';
import './settings.css';

function AboutSection() {
  const info = useAppInfoStore((state) => state.info);
  const error = useAppInfoStore((state) => state.error);

  useEffect(() => {
    void useAppInfoStore.getState().fetchAppInfo();
  }, []);

  return (
    <section className="settings-section" aria-labelledby="settings-about">
      <h2 id="settings-about" className="settings-section__title">About</h2>
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
    </section>
  );
}

export function SettingsScreen() {
  return (
    <div className="settings">
      <AboutSection />
      <section className="settings-section" aria-labelledby="settings-connections">
        <h2 id="settings-connections" className="settings-section__title">Connections</h2>
        <p className="muted">Token management arrives with the sync engine.</p>
      </section>
    </div>
  );
}
