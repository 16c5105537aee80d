import type { VacancyStore } from '../../utils/db/vacancy-store';
import type { Settings } from '../../utils/settings';

export interface SettingsViewProps {
  settings: Settings;
  onSettingsChange: (patch: Partial<Settings>) => Promise<Settings>;
  store: VacancyStore;
}

// Placeholder until settings land.
export function SettingsView(_props: SettingsViewProps) {
  return null;
}
