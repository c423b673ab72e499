import type { SettingsSection } from '../../app/route-store';
import { useRouteStore } from '../../app/route-store';

const sections: readonly { section: SettingsSection; label: string; hint: string }[] = [
  { section: 'connections', label: 'Connections', hint: 'Instances and tokens' },
  { section: 'relay', label: 'Relay', hint: 'Live updates from webhooks' },
  { section: 'activity', label: 'Activity', hint: 'Every GitLab API call' },
  { section: 'data', label: 'Data', hint: 'Delete course data' },
  { section: 'about', label: 'About', hint: 'Version and data folder' },
];

/** The sections of Settings, as a vertical list the way desktop preference windows lay them out. */
export function SettingsNav({ active }: { active: SettingsSection }) {
  return (
    <nav className="settings-nav" aria-label="Settings sections">
      <ul>
        {sections.map(({ section, label, hint }) => (
          <li key={section}>
            <button
              type="button"
              className="settings-nav__item"
              aria-current={section === active ? 'page' : undefined}
              onClick={() => useRouteStore.getState().openSettings(section)}
            >
              <span className="settings-nav__label">{label}</span>
              <span className="settings-nav__hint">{hint}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
