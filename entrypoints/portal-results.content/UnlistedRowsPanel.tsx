import { useI18n } from '../../components/i18n-context';
import { CHIP_CSS, ResultChip, type ChipState } from './ResultChip';

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

export const UNLISTED_CSS = `${CHIP_CSS}
:host { display: block; margin: 8px 0; }
.unlisted {
  --bg: #f7f9fc; --fg: #1b1b1b; --border: #9db5d6;
  font: var(--fs-m)/1.5 var(--font-family);
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px;
}
@media (prefers-color-scheme: dark) { .unlisted { --bg: #15202c; --fg: #e8eef6; --border: #44607f; } }
.unlisted p { margin: 0 0 6px; }
.unlisted ul { margin: 0; padding: 0; list-style: none; }
.unlisted li { margin: 2px 0; }
.unlisted li .chip { margin-left: 8px; }
`;
