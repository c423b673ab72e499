import type { SettingsSection } from '../../app/route-store';
import { ActivitySection } from '../activity/ActivitySection';
import { ConnectionsSection } from '../connections/ConnectionsSection';
import { RelaySection } from '../relay/RelaySection';
import { AboutSection } from './AboutSection';
import { ForgetDataSection } from './ForgetDataSection';
import { SettingsNav } from './SettingsNav';
import './settings.css';

function Section({ section }: { section: SettingsSection }) {
  switch (section) {
    case 'connections':
      return <ConnectionsSection />;
    case 'relay':
      return <RelaySection />;
    case 'activity':
      return <ActivitySection />;
    case 'data':
      return <ForgetDataSection />;
    case 'about':
      return <AboutSection />;
  }
}

export function SettingsScreen({ section }: { section: SettingsSection }) {
  return (
    <div className="settings">
      <SettingsNav active={section} />
      <div className="settings__content">
        <Section section={section} />
      </div>
    </div>
  );
}
