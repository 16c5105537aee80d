// @vitest-environment happy-dom
import { warningFromText } from '../../utils/parse/warning-text';
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/preact';
import { storedVacancy } from '../../test/unit/record-factory';
import { renderIn } from '../../test/unit/seeded-store';
import type { Locale } from '../../utils/i18n';
import { CapturePanel, type CaptureState } from './CapturePanel';

// The in-page panel counts as a problem only what the capture could not read; what the notice
// does not contain is quiet information, and internal notes are never shown. Warnings are stored
// in English (they are data), so the panel words them in the page's language itself.

const NOW = new Date('2025-12-01T09:00:00Z');
const WARNINGS = [
  'salary: not stated',
  'keyChallenges: none listed',
  'deadline: unreadable date "bientôt"',
  'location: read from the French header',
  'A note no template wrote',
];
const saved: CaptureState = { kind: 'saved', record: storedVacancy(), created: true, changed: [], warnings: WARNINGS.map(warningFromText) };

function show(locale: Locale, state: CaptureState = saved) {
  renderIn(locale, <CapturePanel state={state} now={NOW} timeZone="Europe/Brussels" onOpen={vi.fn()} onFollow={vi.fn()} onDismiss={vi.fn()} />);
  return {
    problems: Array.from(document.querySelectorAll('details.problems li')),
    about: Array.from(document.querySelectorAll('details.about li')),
  };
}

describe('CapturePanel warnings', () => {
  it('counts and words in French only what could not be read, the English on hover', () => {
    const { problems, about } = show('fr');
    screen.getByText('3 éléments non trouvés dans l’avis');
    expect(problems.map((li) => li.textContent)).toEqual([
      'Salaire : l’avis ne l’indique pas',
      'Date limite de candidature : date illisible « bientôt »',
      'A note no template wrote',
    ]);
    // The catalogue's English (warnNotStated, warnDeadlineUnreadable with the field labels): what the CLI prints.
    expect(problems.map((li) => li.getAttribute('title'))).toEqual(['Salary: not stated', 'Application deadline: unreadable date “bientôt”', null]);
    expect(about.map((li) => li.textContent)).toEqual(['Cet avis ne mentionne pas de principaux défis']);
    expect(document.body.textContent).not.toMatch(/en-tête français|non lu/);
  });

  it('keeps a warning it does not know as stored, marked as English', () => {
    const { problems } = show('fr');
    expect(problems.map((li) => li.getAttribute('lang'))).toEqual([null, null, 'en']);
  });

  it.each([
    [['salary: not stated'], '1 thing not found in the notice'],
    [['salary: not stated', 'grade: not stated'], '2 things not found in the notice'],
  ])('names fields by their labels in English too, in real plural forms (%o)', (texts, summary) => {
    const { problems } = show('en', { ...saved, warnings: texts.map(warningFromText) });
    screen.getByText(summary);
    expect(problems[0]?.textContent).toBe('Salary: not stated');
    expect(problems.every((li) => li.getAttribute('lang') === null)).toBe(true);
  });

  it('a complete notice that lists no key challenges counts no problem: only quiet information', () => {
    const { problems, about } = show('en', { ...saved, warnings: ['keyChallenges: none listed', 'assessments: no selection steps announced'].map(warningFromText) });
    expect(problems).toEqual([]);
    expect(document.querySelector('details.problems')).toBeNull();
    expect(about.map((li) => li.textContent)).toEqual(['This notice lists no key challenges', 'This notice announces no selection steps']);
    expect(document.body.textContent).not.toMatch(/not found|could not be read/);
  });

  it('shows no list when nothing was missed', () => {
    show('fr', { ...saved, warnings: [] });
    expect(document.querySelector('details')).toBeNull();
  });
});

describe('CapturePanel changes since the last visit', () => {
  const updated: CaptureState = { ...saved, created: false, changed: ['deadline', 'salary'], warnings: [] };

  it.each([
    ['fr', 'Modifié depuis votre dernière visite : Date limite de candidature, Salaire'],
    ['en', 'Changed since last visit: Application deadline, Salary'],
  ] as const)('names the changed fields by their labels in %s', (locale, line) => {
    show(locale, updated);
    screen.getByText(line);
  });
});

describe('CapturePanel: the notice\'s own rules', () => {
  it('shows the AI/translation clause the notice states, in the page\'s language, and nothing when it states none', () => {
    const rules = [{ kind: 'aiTools' as const, quote: 'NATO will not accept … translation facilities, or generative artificial-intelligence (AI) tools …', translation: true, rejection: 'will' as const }];
    show('fr', { ...saved, record: storedVacancy({ preparation: { documents: [], rules } }) });
    screen.getByText(/Cet avis : une candidature préparée avec des outils de traduction ou d'IA générative est rejetée sans autre examen/);
    document.body.innerHTML = '';
    show('en');
    expect(document.querySelector('[data-rule]')).toBeNull();
  });
});

describe('CapturePanel following', () => {
  it.each([
    ['en', null, 'Seen, not followed: no reminders.', 'Follow', true],
    ['en', '2025-12-01T09:00:00.000Z', 'You follow this vacancy: reminders and the badge count it.', 'Unfollow', false],
    ['fr', null, 'Vu, non suivi : aucun rappel.', 'Suivre', true],
    ['fr', '2025-12-01T09:00:00.000Z', 'Vous suivez cet avis : rappels et badge le comptent.', 'Ne plus suivre', false],
  ] as const)('in %s, followedAt %s: says so and offers the other choice', (locale, followedAt, says, button, asks) => {
    const onFollow = vi.fn();
    const state: CaptureState = { ...saved, record: storedVacancy({ followedAt }) } as CaptureState;
    renderIn(locale, <CapturePanel state={state} now={NOW} timeZone="Europe/Brussels" onOpen={vi.fn()} onFollow={onFollow} onDismiss={vi.fn()} />);
    expect(document.querySelector('.follow-state')?.textContent).toBe(`${says} ${button}`);
    screen.getByRole('button', { name: button }).click();
    expect(onFollow).toHaveBeenCalledWith(asks);
  });
});

describe('CapturePanel: the same post again', () => {
  it.each([
    ['en', 'You applied to this post before: ref 251836, status Not selected'],
    ['fr', 'Vous avez déjà postulé à ce poste : réf. 251836, statut Non retenu'],
  ] as const)('%s: names the earlier posting I applied to and its status', (locale, line) => {
    show(locale, { ...saved, appliedBefore: [{ reference: '251836', title: 'Officer, Defence Policy', status: 'not-selected', why: 'same-post' }] } as CaptureState);
    expect(document.querySelector('[data-applied-before="251836"]')?.textContent).toBe(line);
  });
});
