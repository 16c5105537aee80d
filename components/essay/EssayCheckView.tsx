import type { StoredVacancy } from '../../utils/db/stored-vacancy';

export interface EssayCheckViewProps {
  records: StoredVacancy[];
  now: Date;
  initialReference?: string;
}

// Placeholder until the essay checker lands.
export function EssayCheckView(_props: EssayCheckViewProps) {
  return null;
}
