import type { StoredVacancy } from '../../utils/db/stored-vacancy';
import type { VacancyStore } from '../../utils/db/vacancy-store';

export interface VacancyDetailViewProps {
  reference: string;
  records: StoredVacancy[];
  store: VacancyStore;
  now: Date;
  onBack: () => void;
  onCheckEssay: (reference: string) => void;
}

// Placeholder until the detail view lands.
export function VacancyDetailView({ reference, records }: VacancyDetailViewProps) {
  const record = records.find((r) => r.reference === reference);
  return <h2>{record ? record.title : reference}</h2>;
}
