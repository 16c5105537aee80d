import type { StoredVacancy } from '../../utils/db/stored-vacancy';
import type { Settings } from '../../utils/settings';

export interface CompareViewProps {
  records: StoredVacancy[];
  now: Date;
  settings: Settings;
  onSettingsChange: (patch: Partial<Settings>) => Promise<Settings>;
}

// Placeholder until the comparison lands.
export function CompareView(_props: CompareViewProps) {
  return null;
}
