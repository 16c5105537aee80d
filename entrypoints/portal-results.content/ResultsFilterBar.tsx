import { useId } from 'preact/hooks';
import { useI18n } from '../../components/i18n-context';
import type { GradeCode } from '../../utils/record/vacancy-record';
import { isFiltering, NO_FILTER, type ResultsFilter } from '../../utils/results/row-filter';

export interface ResultsFilterBarProps {
  filter: ResultsFilter;
  bodies: string[];
  locations: string[];
  shown: number;
  total: number;
  newCount: number;
  onChange: (filter: ResultsFilter) => void;
}

const GRADES: GradeCode[] = Array.from({ length: 24 }, (_, index) => `G${index + 1}`);

/** The compact filter above the portal's results list. Choices are the page's own values, as text. */
export function ResultsFilterBar({ filter, bodies, locations, shown, total, newCount, onChange }: ResultsFilterBarProps) {
  const { t } = useI18n();
  const id = useId();
  const set = (patch: Partial<ResultsFilter>) => onChange({ ...filter, ...patch });
  const value = (event: Event) => (event.currentTarget as HTMLSelectElement).value || null;
  const gradeSelect = (name: 'gradeFrom' | 'gradeTo', label: string) => (
    <label>
      <span>{label}</span>
      <select id={`${id}-${name}`} value={filter[name] ?? ''} onChange={(event) => set({ [name]: value(event) as GradeCode | null })}>
        <option value="">{t('resAnyGrade')}</option>
        {GRADES.map((grade) => <option key={grade} value={grade}>{grade}</option>)}
      </select>
    </label>
  );
  const choice = (name: 'organisation' | 'location', label: string, choices: string[]) => (
    <label>
      <span>{label}</span>
      <select value={filter[name] ?? ''} onChange={(event) => set({ [name]: value(event) })}>
        <option value="">{t('resAll')}</option>
        {/* A remembered choice this page does not show stays selectable, so it can be cleared. */}
        {[...new Set([...(filter[name] ? [filter[name]] : []), ...choices])].map((text) => <option key={text} value={text}>{text}</option>)}
      </select>
    </label>
  );
  return (
    <div class="bar" role="group" aria-label={t('resFilterLabel')}>
      {gradeSelect('gradeFrom', t('resGradeFrom'))}
      {gradeSelect('gradeTo', t('resGradeTo'))}
      {choice('organisation', t('resBody'), bodies)}
      {choice('location', t('resLocation'), locations)}
      <label class="inline">
        <input type="checkbox" checked={filter.hideTracked} onChange={(event) => set({ hideTracked: event.currentTarget.checked })} />
        <span>{t('resHideTracked')}</span>
      </label>
      <button type="button" disabled={!isFiltering(filter)} onClick={() => onChange(NO_FILTER)}>{t('resClear')}</button>
      <span class="count" role="status">
        {t('resShowing', { shown, total })}
        {newCount > 0 ? ` · ${t('resNewCount', { count: newCount })}` : ''}
      </span>
    </div>
  );
}

