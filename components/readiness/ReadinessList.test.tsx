// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeCapture, mergeRow } from '../../utils/db-writer/merge';
import { keyedNotice } from '../../test/unit/keyed-notice';
import { EMPTY_PROFILE, type Profile } from '../../utils/readiness/profile';
import { I18nProvider } from '../i18n';
import { ReadinessList } from './ReadinessList';
import { ReadinessCell } from './ReadinessCell';

afterEach(cleanup);

const NOW = new Date('2025-06-01T10:00:00Z');
function captured(file: string) {
  return mergeCapture(undefined, keyedNotice(readFileSync(`test/fixtures/vacancies/${file}`, 'utf8')), NOW).record;
}
// 250875 states: nationals of NATO member countries only; V and II; at least 10 years; a
// university degree; NS, granted by the national authorities before appointment.
const HEADS = captured('250875-heads-nasp-and-mo.txt');

function show(profile: Profile, locale: 'en' | 'fr' = 'en', record = HEADS) {
  render(
    <I18nProvider locale={locale}>
      <ReadinessList record={record} profile={profile} />
    </I18nProvider>,
  );
  const section = screen.getByRole('region', { name: locale === 'en' ? 'Can I apply?' : 'Puis-je postuler ?' });
  const line = (key: string) => section.querySelector(`[data-requirement="${key}"]`)?.textContent ?? '';
  return { section, line };
}

describe('ReadinessList on a real notice', () => {
  it('says what the notice states and what my profile makes of it', () => {
    const { line } = show({ ...EMPTY_PROFILE, nationality: 'CA', english: 'VI', french: 'II', experienceYears: 6, highestDegree: 'doctorate' });
    expect(line('nationality')).toBe('NationalityNationals of NATO member states only✓ Met');
    expect(line('languages')).toBe('LanguagesLevel V (Advanced) in one official language, II (Elementary) in the other✓ Met');
    expect(line('experience')).toBe('ExperienceAt least 10 years✗ Not met');
    expect(line('degree')).toBe("EducationUniversity degree (bachelor's level)✓ Met");
    expect(line('clearance')).toBe('Security clearanceNS, granted by your national authority before appointment✓ Met');
    expect(screen.queryByText(/Fill in my profile/)).toBeNull();
  });

  it('in French, with an empty profile, points to the profile', () => {
    const { line } = show(EMPTY_PROFILE, 'fr');
    expect(line('nationality')).toContain('Absent de mon profil');
    expect(line('degree')).toContain('Diplôme universitaire (premier cycle)');
    expect(screen.getByText(/Complétez mon profil/)).toBeTruthy();
  });

  it('a tracked results row: nothing judged until the notice is read', () => {
    const row = mergeRow(undefined, { reference: '250875', title: 'Heads', location: null, organisation: null, deadline: null, closesAt: null, grade: null, sourceUrl: null }, NOW).record;
    const { section } = show({ ...EMPTY_PROFILE, nationality: 'CA' }, 'en', row);
    expect(within(section).getAllByText(/Notice not read yet/)).toHaveLength(5);
  });
});

describe('ReadinessList wording of years', () => {
  it.each([
    ['en', 1, 'At least 1 year'],
    ['fr', 1, 'Au moins 1 an'],
    ['fr', 3, 'Au moins 3 ans'],
  ] as const)('%s: %d → %s', (locale, years, text) => {
    const { line } = show(EMPTY_PROFILE, locale, { ...HEADS, minExperienceYears: years });
    expect(line('experience')).toContain(text);
  });
});

describe('"Fill in my profile" leads to it', () => {
  it.each([['en', 'Fill in my profile'], ['fr', 'Complétez mon profil']] as const)('%s: a link to the profile in Settings', (locale, name) => {
    show(EMPTY_PROFILE, locale);
    expect(screen.getByRole('link', { name }).getAttribute('href')).toBe('#/settings/profile');
  });
});

describe('the Compare cell for a notice that states no requirement', () => {
  // JWC's announcement gives title, grade, station, closing date and salary: no requirement.
  const JWC = captured('variations/jwc-monthly-basic-salary-nok.txt');
  it.each([['en', 'Nothing stated to check'], ['fr', 'Rien d’indiqué à vérifier']] as const)('%s: "%s", never a tick', (locale, words) => {
    render(
      <I18nProvider locale={locale}>
        <ReadinessCell record={JWC} profile={{ ...EMPTY_PROFILE, nationality: 'BE', english: 'V', french: 'II' }} />
      </I18nProvider>,
    );
    const cell = document.querySelector('.rdy-cell')!;
    expect(cell.getAttribute('data-readiness')).toBe('not-stated');
    expect(cell.textContent).toContain(words);
    expect(cell.textContent).not.toContain('✓');
  });
});
