import { useId } from 'preact/hooks';
import { useI18n } from '../../components/i18n-context';
import type { GradeCode } from '../../utils/record/vacancy-record';
import { isFiltering, NO_FILTER, type ResultsFilter } from '../../utils/results/row-filter';
import TYPE_SCALE from '../../components/type-scale.css?raw';

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

export const FILTER_BAR_CSS = `
${TYPE_SCALE}
:host { all: initial; display: block; margin: 8px 0; }
.bar {
  --bg: #f4f6f9; --fg: #16202c; --border: #9db5d6; --focus: #f2a900;
  display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: end; padding: 6px 10px;
  font: var(--fs-s)/1.4 var(--font-family);
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 6px;
}
@media (prefers-color-scheme: dark) { .bar { --bg: #1c232c; --fg: #e8edf3; --border: #44607f; } }
label { display: flex; flex-direction: column; gap: 2px; }
label.inline { flex-direction: row; align-items: center; gap: 4px; }
select, button, input { font: inherit; color: inherit; }
select, button { background: transparent; border: 1px solid var(--border); border-radius: 6px; padding: 2px 6px; }
select option { color: #16202c; background: #ffffff; }
button { cursor: pointer; }
button:disabled { opacity: 0.6; cursor: default; }
.count { margin-left: auto; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
`;

export const NEW_MARK_CSS = `
${TYPE_SCALE}
:host { all: initial; display: inline-block; vertical-align: middle; margin-left: 6px; }
.new {
  --bg: #e6f4ea; --fg: #1e6b34; --border: #8cc79c;
  font: 700 var(--fs-xs)/1.6 var(--font-family); text-transform: uppercase;
  padding: 0 6px; border-radius: 999px; border: 1px solid var(--border); background: var(--bg); color: var(--fg);
}
@media (prefers-color-scheme: dark) { .new { --bg: #17301f; --fg: #7ed492; --border: #3d7a4d; } }
`;
