import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { defaultSelection, isOpen } from '../../utils/grades/comparison';
import { normaliseGrade } from '../../utils/grades/normalise-grade';
import { useI18n } from '../i18n-context';
import { shortGradeText } from './labels';
import { RecordTitle } from '../record-title';

export interface VacancyPickerProps {
  records: StoredVacancy[];
  selected: ReadonlySet<string>;
  now: Date;
  onChange: (references: string[]) => void;
}

/** Checkboxes for which saved vacancies to compare, with quick picks. */
export function VacancyPicker({ records, selected, now, onChange }: VacancyPickerProps) {
  const { t } = useI18n();
  const toggle = (reference: string) => {
    // Keep the records' order so the selection reads the same way as the list.
    onChange(records.map((record) => record.reference).filter((ref) => (ref === reference ? !selected.has(ref) : selected.has(ref))));
  };
  return (
    <fieldset class="compare-picker">
      <legend>{t('cmpPickLegend')}</legend>
      <div class="picker-quick">
        <button type="button" onClick={() => onChange(defaultSelection(records, now))}>{t('cmpPickOpen')}</button>
        <button type="button" onClick={() => onChange(records.map((record) => record.reference))}>{t('cmpPickAll')}</button>
        <button type="button" onClick={() => onChange([])}>{t('cmpPickNone')}</button>
      </div>
      <ul class="picker-list">
        {records.map((record) => (
          <li key={record.reference}>
            <label>
              <input type="checkbox" checked={selected.has(record.reference)} onChange={() => toggle(record.reference)} />
              <span>
                <RecordTitle record={record} /> <span class="muted">({record.reference}, {shortGradeText(normaliseGrade(record.grade), t)})</span>
              </span>
              {!isOpen(record, now) && <span class="closed-tag">{t('cmpClosedTag')}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
