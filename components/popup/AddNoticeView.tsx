import type { VacancyStore } from '../../utils/db/vacancy-store';

export interface AddNoticeViewProps {
  store: VacancyStore;
  onSaved: (reference: string) => void;
}

// Placeholder until manual capture lands.
export function AddNoticeView(_props: AddNoticeViewProps) {
  return null;
}
