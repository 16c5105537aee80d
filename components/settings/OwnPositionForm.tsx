import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n-core';
import { G_LADDER } from '../../utils/grades/ladder';
import {
  ownPositionToInput,
  parseOwnPositionInput,
  type OwnPosition,
  type OwnPositionError,
  type OwnPositionInput,
} from '../../utils/grades/own-position';
import type { Settings } from '../../utils/settings/settings';
import { useI18n } from '../i18n-context';
import { errorReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import './own-position.css';

export interface OwnPositionFormProps {
  ownPosition: Settings['ownPosition'];
  onSettingsChange: (patch: Partial<Settings>) => Promise<Settings>;
  /** After a successful save (the new position) or clear (null), e.g. to fold an inline form away. */
  onDone?: (position: OwnPosition | null) => void;
  /**
   * Settings: save as each field changes, as the other settings do, once the position reads
   * (grade, salary and currency belong together); until then the form says it is not saved yet.
   * Compare's inline form keeps its Save, which folds it away.
   */
  saveAsYouGo?: boolean;
}

const ERROR_TEXT: Record<OwnPositionError, MessageKey> = {
  grade: 'cmpOwnErrorGrade',
  salaryMissing: 'cmpOwnErrorSalaryMissing',
  salaryUnreadable: 'cmpOwnErrorSalaryUnreadable',
  salaryZero: 'cmpOwnErrorSalaryZero',
  currency: 'cmpOwnErrorCurrency',
};

type Errors = Partial<Record<keyof OwnPositionInput, OwnPositionError>>;

/** The user's own grade and monthly basic salary, kept in settings to compare vacancies against. */
export function OwnPositionForm({ ownPosition, onSettingsChange, onDone, saveAsYouGo = false }: OwnPositionFormProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const decimalMark = locale === 'fr' ? ',' : '.';
  const [input, setInput] = useState<OwnPositionInput>(() => ownPositionToInput(ownPosition, decimalMark));
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<{ kind: 'saved' | 'cleared' | 'pending' } | { kind: 'failed'; reason: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = { grade: useRef<HTMLSelectElement>(null), salary: useRef<HTMLInputElement>(null), currency: useRef<HTMLInputElement>(null) };

  // A position saved elsewhere (the other form, another popup) shows up here. Compared by value:
  // settings arrive as a new object whenever any other setting changes, and that must not wipe typing.
  const { grade, monthlySalaryCents, currency } = ownPosition ?? {};
  useEffect(
    () => setInput(ownPositionToInput(ownPosition, decimalMark)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [grade, monthlySalaryCents, currency, decimalMark],
  );

  const change = (field: keyof OwnPositionInput) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setInput((previous) => ({ ...previous, [field]: value }));
    setStatus(null);
  };

  const commit = (field: keyof OwnPositionInput) => (event: Event) => {
    if (!saveAsYouGo) return;
    const next = { ...input, [field]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value };
    setInput(next);
    const result = parseOwnPositionInput(next);
    if (!result.ok) {
      setStatus({ kind: 'pending' });
      return;
    }
    setErrors({});
    void save(result.value);
  };

  const save = async (next: OwnPosition | null) => {
    setBusy(true);
    try {
      await onSettingsChange({ ownPosition: next });
      setStatus({ kind: next ? 'saved' : 'cleared' });
      onDone?.(next);
    } catch (error) {
      setStatus({ kind: 'failed', reason: wordReason(errorReason(error), t, locale) });
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const result = parseOwnPositionInput(input);
    if (!result.ok) {
      setErrors(result.errors);
      const first = (['grade', 'salary', 'currency'] as const).find((field) => result.errors[field]);
      if (first) fields[first].current?.focus();
      return;
    }
    setErrors({});
    void save(result.value);
  };

  const clear = () => {
    setErrors({});
    setInput(ownPositionToInput(null, decimalMark));
    void save(null);
  };

  const errorId = (field: keyof OwnPositionInput) => `${id}-${field}-error`;
  const describedBy = (field: keyof OwnPositionInput, ...others: string[]) =>
    [...others, errors[field] ? errorId(field) : ''].filter(Boolean).join(' ') || undefined;
  const errorLine = (field: keyof OwnPositionInput) => {
    const code = errors[field];
    return code ? <p id={errorId(field)} class="own-error">{t(ERROR_TEXT[code])}</p> : null;
  };

  return (
    <form class="own-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('cmpOwnHeading')}</legend>
        <div class="own-field">
          <label for={`${id}-grade`}>{t('cmpOwnGradeLabel')}</label>
          <select
            id={`${id}-grade`}
            ref={fields.grade}
            value={input.grade}
            onChange={(event) => {
              change('grade')(event);
              commit('grade')(event);
            }}
            aria-invalid={errors.grade ? true : undefined}
            aria-describedby={describedBy('grade')}
          >
            <option value="">{t('cmpOwnGradeChoose')}</option>
            {G_LADDER.map((code) => (
              <option key={code} value={code}>{code}</option>
            ))}
          </select>
          {errorLine('grade')}
        </div>
        <div class="own-field">
          <label for={`${id}-salary`}>{t('cmpOwnSalaryLabel')}</label>
          <input
            id={`${id}-salary`}
            ref={fields.salary}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={input.salary}
            onInput={change('salary')}
            onChange={commit('salary')}
            aria-invalid={errors.salary ? true : undefined}
            aria-describedby={describedBy('salary', `${id}-salary-hint`)}
          />
          <p id={`${id}-salary-hint`} class="own-hint muted">{t('cmpOwnSalaryHint')}</p>
          {errorLine('salary')}
        </div>
        <div class="own-field">
          <label for={`${id}-currency`}>{t('cmpOwnCurrencyLabel')}</label>
          <input
            id={`${id}-currency`}
            ref={fields.currency}
            type="text"
            size={4}
            maxLength={3}
            autoCapitalize="characters"
            autoComplete="off"
            value={input.currency}
            onInput={change('currency')}
            onChange={commit('currency')}
            aria-invalid={errors.currency ? true : undefined}
            aria-describedby={describedBy('currency')}
          />
          {errorLine('currency')}
        </div>
        <div class="own-actions">
          <button type="submit" class="primary" disabled={busy}>{t('cmpOwnSave')}</button>
          <button type="button" onClick={clear} disabled={busy || ownPosition === null}>{t('cmpOwnClear')}</button>
          <span role="status" class={status?.kind === 'failed' ? 'own-error' : 'muted'}>
            {status?.kind === 'saved'
              ? t('cmpOwnSaved')
              : status?.kind === 'cleared'
                ? t('cmpOwnCleared')
                : status?.kind === 'failed'
                  ? t('cmpOwnSaveFailed', { reason: status.reason })
                  : status?.kind === 'pending'
                    ? t('cmpOwnNotSavedYet')
                    : ''}
          </span>
        </div>
        <p class="own-hint muted">{t('cmpOwnLocalNote')}</p>
      </fieldset>
    </form>
  );
}
