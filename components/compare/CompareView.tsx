import { useMemo, useState } from 'preact/hooks';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { Settings } from '../../utils/settings/settings';
import {
  defaultSelection,
  resolveBaseline,
  sortRows,
  toComparisonRow,
  type BaselineChoice,
  type SortDirection,
  type SortKey,
} from '../../utils/grades/comparison';
import { formatMoney } from '../../utils/format/money';
import { useI18n } from '../i18n-context';
import { errorReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { OwnPositionForm } from '../settings/OwnPositionForm';
import { ComparisonTable } from './ComparisonTable';
import { SalaryChart } from './SalaryChart';
import { VacancyPicker } from './VacancyPicker';
import './compare.css';
import { titleText } from '../../utils/record/shown-title';

export interface CompareViewProps {
  records: StoredVacancy[];
  now: Date;
  settings: Settings;
  onSettingsChange: (patch: Partial<Settings>) => Promise<Settings>;
}

const choiceValue = (choice: BaselineChoice) => (choice.kind === 'vacancy' ? `vacancy:${choice.reference}` : choice.kind);
const choiceFrom = (value: string): BaselineChoice =>
  value.startsWith('vacancy:') ? { kind: 'vacancy', reference: value.slice('vacancy:'.length) } : value === 'own' ? { kind: 'own' } : { kind: 'none' };

/** Compare saved vacancies' grades and salaries side by side, against a baseline if wanted. */
export function CompareView({ records, now, settings, onSettingsChange }: CompareViewProps) {
  const { t, locale } = useI18n();
  // null = the user has not picked yet: follow "every open vacancy" as records arrive.
  const [picked, setPicked] = useState<string[] | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'grade', direction: 'ascending' });
  // null = not chosen: the own position when there is one, else no baseline.
  const [choice, setChoice] = useState<BaselineChoice | null>(null);
  const [ownFormOpen, setOwnFormOpen] = useState(false);
  const [settingError, setSettingError] = useState<string | null>(null);

  const selected = useMemo(() => new Set(picked ?? defaultSelection(records, now)), [picked, records, now]);
  const rows = useMemo(
    () => records.filter((record) => selected.has(record.reference)).map((record) => toComparisonRow(record, now)),
    [records, selected, now],
  );
  const own = settings.ownPosition;
  const baseline = resolveBaseline(choice ?? (own ? { kind: 'own' } : { kind: 'none' }), rows, own);
  const effectiveChoice: BaselineChoice =
    baseline === null ? { kind: 'none' } : baseline.kind === 'own' ? { kind: 'own' } : { kind: 'vacancy', reference: baseline.reference };
  const baselineName =
    baseline?.kind === 'own'
      ? t('cmpBaselineNameOwn', { grade: baseline.grade })
      : baseline?.kind === 'vacancy'
        ? t('cmpBaselineVacancy', { reference: baseline.reference })
        : '';

  const onSort = (key: SortKey) =>
    setSort((previous) => ({
      key,
      direction: previous.key === key && previous.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  const toggleEstimates = async () => {
    setSettingError(null);
    try {
      await onSettingsChange({ showAllowanceEstimates: !settings.showAllowanceEstimates });
    } catch (error) {
      setSettingError(wordReason(errorReason(error), t, locale));
    }
  };

  if (records.length === 0) return <p class="empty">{t('cmpEmpty')}</p>;

  return (
    <section class="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading" class="compare-heading">{t('cmpHeading')}</h2>

      <div class="own-summary">
        {own ? (
          <span>
            <strong>{t('cmpOwnHeading')}</strong>{' '}
            {t('cmpOwnSummary', { grade: own.grade, salary: formatMoney(own.monthlySalaryCents, own.currency, locale) })}
          </span>
        ) : (
          <span class="muted">{t('cmpOwnPrompt')}</span>
        )}
        <button type="button" aria-expanded={ownFormOpen} aria-controls="compare-own-form" onClick={() => setOwnFormOpen(!ownFormOpen)}>
          {ownFormOpen ? t('cmpOwnClose') : own ? t('cmpOwnEdit') : t('cmpOwnAdd')}
        </button>
      </div>
      <div id="compare-own-form" hidden={!ownFormOpen}>
        {ownFormOpen && (
          <OwnPositionForm
            ownPosition={own}
            onSettingsChange={onSettingsChange}
            onDone={(position) => {
              setOwnFormOpen(false);
              // Just entered: that is what the user wants to compare against.
              if (position) setChoice({ kind: 'own' });
            }}
          />
        )}
      </div>

      <VacancyPicker records={records} selected={selected} now={now} onChange={setPicked} />

      <div class="compare-controls">
        <label>
          {t('cmpBaselineLabel')}{' '}
          <select value={choiceValue(effectiveChoice)} onChange={(event) => setChoice(choiceFrom(event.currentTarget.value))}>
            <option value="none">{t('cmpBaselineNone')}</option>
            <option value="own" disabled={!own}>
              {own ? t('cmpBaselineOwn', { grade: own.grade }) : t('cmpBaselineOwnMissing')}
            </option>
            {rows.map((row) => (
              <option key={row.record.reference} value={choiceValue({ kind: 'vacancy', reference: row.record.reference })}>
                {`${row.record.reference} – ${titleText(row.record, locale)}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={settings.showAllowanceEstimates} onChange={() => void toggleEstimates()} />{' '}
          {t('cmpEstimatesToggle')}
        </label>
        {settings.showAllowanceEstimates && <p class="muted estimates-note">{t('cmpEstimatesNote')}</p>}
        {settingError && <p role="alert" class="error">{t('cmpSettingError', { reason: settingError })}</p>}
      </div>

      {rows.length === 0 ? (
        <p class="empty">{t('cmpNothingSelected')}</p>
      ) : (
        <>
          <ComparisonTable
            rows={sortRows(rows, sort.key, sort.direction)}
            sort={sort}
            onSort={onSort}
            baseline={baseline}
            baselineName={baselineName}
            showEstimates={settings.showAllowanceEstimates}
            profile={settings.profile}
          />
          <SalaryChart rows={rows} baseline={baseline} />
        </>
      )}
    </section>
  );
}
