import { useI18n } from '../../components/i18n-context';
import { ResultChip, type ChipState } from './ResultChip';

export interface UnlistedRow {
  reference: string;
  title: string;
  state: ChipState;
}

export interface UnlistedRowsPanelProps {
  rows: UnlistedRow[];
  now: Date;
  onTrack: (reference: string) => void;
  onUnfollow: (reference: string) => void;
  onOpen: (reference: string) => void;
}

/**
 * Taleo's script has not filled the list (slow network, script blocked), so the page shows no
 * rows to put chips beside: the rows read from the page's inline data are listed here instead,
 * each with its chip (followed: status and time left; or Follow).
 */
export function UnlistedRowsPanel({ rows, now, onTrack, onUnfollow, onOpen }: UnlistedRowsPanelProps) {
  const { t } = useI18n();
  return (
    <section class="unlisted" aria-label={t('resUnlistedHeading')}>
      <p>{t('resUnlistedHeading')}</p>
      <ul>
        {rows.map((row) => (
          <li key={row.reference} data-reference={row.reference}>
            <span class="title">
              {row.title} ({row.reference})
            </span>
            <ResultChip state={row.state} now={now} onTrack={() => onTrack(row.reference)} onUnfollow={() => onUnfollow(row.reference)} onOpen={() => onOpen(row.reference)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

