import type { StoredVacancy } from '../../utils/db/stored-vacancy';
import type { Settings } from '../../utils/settings';
import { useI18n } from '../i18n';

export interface DeadlinesViewProps {
  records: StoredVacancy[];
  now: Date;
  settings: Settings;
  onOpen: (reference: string) => void;
}

// Placeholder until the deadline tracker lands: an honest empty state.
export function DeadlinesView({ records, onOpen }: DeadlinesViewProps) {
  const { t } = useI18n();
  if (records.length === 0) return <p class="empty">{t('emptyTracker')}</p>;
  return (
    <ul>
      {records.map((record) => (
        <li key={record.reference}>
          <button type="button" onClick={() => onOpen(record.reference)}>{record.title} ({record.reference})</button>
        </li>
      ))}
    </ul>
  );
}
