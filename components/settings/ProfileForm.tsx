import type { JSX } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { INTL_LOCALE } from '../../utils/i18n-core';
import { errorReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { DEGREE_LEVELS } from '../../utils/record/requirements';
import type { LanguageLevel } from '../../utils/record/vacancy-record';
import { NATO_MEMBERS } from '../../utils/readiness/nato-members';
import { CLEARANCE_LEVELS, EMPTY_PROFILE, ProfileSchema, type Profile } from '../../utils/readiness/profile';
import type { Settings } from '../../utils/settings/settings';
import { LEVEL_LABEL } from '../../utils/record/wording';
import { useI18n } from '../i18n-context';
import { clearanceLabel, DEGREE_LABEL } from '../readiness/labels';
import './own-position.css';

export interface ProfileFormProps {
  profile: Profile;
  ownGrade: string | null;
  onSettingsChange: (patch: Partial<Settings>) => Promise<Settings>;
}

const LEVELS: readonly LanguageLevel[] = ['I', 'II', 'III', 'IV', 'V', 'VI'];

/** The form's text: every field as typed; '' is "not given". */
type ProfileInput = Record<keyof Profile, string>;

function toInput(profile: Profile): ProfileInput {
  return {
    nationality: profile.nationality ?? '',
    english: profile.english ?? '',
    french: profile.french ?? '',
    stanagProfile: profile.stanagProfile ?? '',
    experienceYears: profile.experienceYears === null ? '' : String(profile.experienceYears),
    highestDegree: profile.highestDegree ?? '',
    clearanceHeld: profile.clearanceHeld ?? '',
  };
}

type FieldError = 'stanagProfile' | 'experienceYears';

/** Reads the typed text; the two free fields are checked, every choice comes from a list. */
function fromInput(input: ProfileInput): { ok: true; profile: Profile } | { ok: false; errors: FieldError[] } {
  const stanag = input.stanagProfile.replace(/[\s-]/g, '');
  const yearsText = input.experienceYears.trim().replace(',', '.');
  const years = yearsText === '' ? null : Number(yearsText);
  const candidate = {
    nationality: input.nationality || null,
    english: input.english || null,
    french: input.french || null,
    stanagProfile: stanag || null,
    experienceYears: years,
    highestDegree: input.highestDegree || null,
    clearanceHeld: input.clearanceHeld || null,
  };
  const checked = ProfileSchema.safeParse(candidate);
  if (checked.success) return { ok: true, profile: checked.data };
  const errors = new Set(checked.error.issues.map((issue) => issue.path[0]));
  return { ok: false, errors: (['stanagProfile', 'experienceYears'] as const).filter((field) => errors.has(field)) };
}

/** My profile: what readiness compares each notice's stated requirements with. */
export function ProfileForm({ profile, ownGrade, onSettingsChange }: ProfileFormProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const [input, setInput] = useState<ProfileInput>(() => toInput(profile));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stanagRef = useRef<HTMLInputElement>(null);
  const yearsRef = useRef<HTMLInputElement>(null);

  // A profile saved elsewhere shows here; compared by value so other settings never wipe typing.
  const stored = JSON.stringify(profile);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setInput(toInput(profile)), [stored]);

  const members = useMemo(() => {
    const collator = new Intl.Collator(INTL_LOCALE[locale]);
    return [...NATO_MEMBERS].sort((a, b) => collator.compare(a[locale], b[locale]));
  }, [locale]);

  const change = (field: keyof Profile) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setInput((previous) => ({ ...previous, [field]: value }));
    setStatus(null);
  };

  /**
   * Each field saves as it changes, as every other setting does (a choice at once, a typed field
   * when it is left or Enter pressed): nothing typed waits for a button that another form's
   * button could be mistaken for. A field that does not read is marked and nothing is saved
   * until it does; the mark says so.
   */
  const commit = (field: keyof Profile) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    const next = { ...input, [field]: value };
    setInput(next);
    const result = fromInput(next);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus(t('profNotSavedYet'));
      return;
    }
    setErrors([]);
    void save(result.profile, t('profSaved'));
  };

  const save = async (next: Profile, done: string) => {
    setBusy(true);
    try {
      await onSettingsChange({ profile: next });
      setStatus(done);
    } catch (error) {
      setStatus(t('profSaveFailed', { reason: wordReason(errorReason(error), t, locale) }));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const result = fromInput(input);
    if (!result.ok) {
      setErrors(result.errors);
      (result.errors[0] === 'stanagProfile' ? stanagRef : yearsRef).current?.focus();
      return;
    }
    setErrors([]);
    void save(result.profile, t('profSaved'));
  };

  const clear = () => {
    setErrors([]);
    setInput(toInput(EMPTY_PROFILE));
    void save(EMPTY_PROFILE, t('profCleared'));
  };

  const field = (name: keyof Profile, label: string, control: JSX.Element, hint?: string, error?: string) => (
    <div class="own-field">
      <label for={`${id}-${name}`}>{label}</label>
      {control}
      {hint && <p id={`${id}-${name}-hint`} class="own-hint muted">{hint}</p>}
      {error && <p id={`${id}-${name}-error`} class="own-error">{error}</p>}
    </div>
  );
  const select = (name: keyof Profile, options: JSX.Element[]) => (
    <select id={`${id}-${name}`} value={input[name]} onChange={commit(name)}>
      <option value="">{t('profNotGiven')}</option>
      {options}
    </select>
  );
  const text = (name: FieldError, ref: typeof stanagRef, props: { inputMode: 'numeric' | 'decimal'; size: number; hint: boolean }) => {
    const invalid = errors.includes(name);
    const describedBy = [props.hint ? `${id}-${name}-hint` : '', invalid ? `${id}-${name}-error` : ''].filter(Boolean).join(' ');
    return (
      <input
        id={`${id}-${name}`}
        ref={ref}
        type="text"
        inputMode={props.inputMode}
        size={props.size}
        autoComplete="off"
        value={input[name]}
        onInput={change(name)}
        onChange={commit(name)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
    );
  };
  const levels = LEVELS.map((level) => <option key={level} value={level}>{`${level} — ${t(LEVEL_LABEL[level])}`}</option>);

  return (
    <form class="own-form profile-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('profHeading')}</legend>
        <p class="own-hint muted">{t('profIntro')}</p>
        {field('nationality', t('profNationality'), (
          <select id={`${id}-nationality`} value={input.nationality} onChange={commit('nationality')}>
            <option value="">{t('profNotGiven')}</option>
            <optgroup label={t('profNatoMembers')}>
              {members.map((member) => <option key={member.code} value={member.code}>{member[locale]}</option>)}
            </optgroup>
            <option value="other">{t('profOtherNationality')}</option>
          </select>
        ))}
        {field('english', t('profEnglish'), select('english', levels))}
        {field('french', t('profFrench'), select('french', levels))}
        {field('stanagProfile', t('profStanag'), text('stanagProfile', stanagRef, { inputMode: 'numeric', size: 5, hint: true }),
          t('profStanagHint'), errors.includes('stanagProfile') ? t('profStanagError') : undefined)}
        {field('experienceYears', t('profYears'), text('experienceYears', yearsRef, { inputMode: 'decimal', size: 4, hint: false }),
          undefined, errors.includes('experienceYears') ? t('profYearsError') : undefined)}
        {field('highestDegree', t('profDegree'), select('highestDegree', DEGREE_LEVELS.map((level) => (
          <option key={level} value={level}>{t(DEGREE_LABEL[level])}</option>
        ))))}
        {field('clearanceHeld', t('profClearance'), select('clearanceHeld', CLEARANCE_LEVELS.map((level) => (
          <option key={level} value={level}>{clearanceLabel(level, t)}</option>
        ))))}
        <p class="own-hint muted">{ownGrade ? t('profGrade', { grade: ownGrade }) : t('profGradeNone')}</p>
        <div class="own-actions">
          <button type="button" onClick={clear} disabled={busy}>{t('profClear')}</button>
          <span role="status" class="muted">{status ?? ''}</span>
        </div>
      </fieldset>
    </form>
  );
}
