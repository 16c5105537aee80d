import { describe, expect, it } from 'vitest';
import { wordIn as wordFinding } from '../../test/unit/word-in';
import { characterCount, checkAnswer, type AnswerCheckId } from './answer-checks';
import { readLimit } from './answer-limits';
import { MAX_DRAFT_LENGTH } from '../record/answer-sizes';

const ids = (text: string, limit: number | null = null) => checkAnswer(text, limit).map((finding) => finding.id);

describe('checkAnswer: an answer that points to another document', () => {
  it.each<[string, string]>([
    ['See CV.', 'See CV'],
    ['Please see attachment', 'Please see attachment'],
    ['please see the attached CV for details', 'please see the attached CV'],
    ['See attached.', 'See attached'],
    ['Refer to my résumé, section 2.', 'Refer to my résumé'],
    ['My experience is as per CV.', 'as per CV'],
    ['Ten years, as detailed in my CV.', 'as detailed in my CV'],
    ['All of it is described in the annex', 'described in the annex'],
    ['cf. annex 2', 'cf. annex'],
    ['Cf CV', 'Cf CV'],
    ['Voir CV.', 'Voir CV'],
    ['voir mon CV, page 2', 'voir mon CV'],
    ['Voir pièce jointe', 'Voir pièce jointe'],
    ['Voir ci-joint.', 'Voir ci-joint'],
    ['Le détail est ci-joint.', 'ci-joint'],
    ['Mes diplômes figurent en annexe.', 'en annexe'],
    ['cf. annexe 1', 'cf. annexe'],
    ['Comme indiqué dans mon CV, dix ans.', 'indiqué dans mon CV'],
    ['Veuillez vous référer à mon CV', 'référer à mon CV'],
  ])('%s → “%s”', (answer, words) => {
    const finding = checkAnswer(answer, null).find((item) => item.id === 'refersElsewhere');
    expect(finding?.severity).toBe('error');
    expect(finding?.message.values?.words).toBe(words);
    expect(finding?.at?.offset).toBe(answer.indexOf(words));
  });

  it.each([
    'I attached great importance to the budget reform.',
    'My CV lists the projects; here are the two that matter: the 2019 audit and the 2022 migration.',
    'I wrote the annex of the 2021 treaty report myself.',
    "J'attache une grande importance à la rigueur budgétaire.",
    'Mon CV ne dit pas tout : en 2020 j’ai dirigé une équipe de six personnes.',
  ])('is not flagged: %s', (answer) => {
    expect(ids(answer)).not.toContain('refersElsewhere');
  });
});

describe('checkAnswer: a bare yes or no', () => {
  it.each(['Yes', 'yes.', 'No', 'Yes, I do.', 'Oui', 'non', 'Oui, tout à fait.', '  NO  '])('%s is bare', (answer) => {
    expect(ids(answer)).toContain('bareYesNo');
  });

  it.each([
    'Yes: from 2018 to 2024 I led the procurement cell of the Ministry of Defence (12 staff).',
    'Non, mais j’ai suivi la formation du NDC en 2023 et je la cite ci-dessous.',
    'Yesterday I finished the course.',
    'Nonetheless I have the degree.',
  ])('%s is not bare', (answer) => {
    expect(ids(answer)).not.toContain('bareYesNo');
  });
});

describe('checkAnswer: empty and over the limit', () => {
  it.each(['', '   ', '\n\t\n'])('%j is empty, and only that is said', (answer) => {
    expect(ids(answer, 100)).toEqual(['empty']);
  });

  it('counts a line break as one character and says how many are over, from where', () => {
    const answer = 'abcde\r\nfghij'; // 11 characters once the portal stores its \n
    expect(characterCount(answer)).toBe(11);
    const [finding] = checkAnswer(answer, 8);
    expect(finding).toMatchObject({ id: 'overLimit', severity: 'error', message: { values: { count: 11, limit: 8, over: 3 } } });
    // The 9th character the box keeps is "h" (a, b, c, d, e, \n, f, g): past the limit from "h" on.
    expect(answer.slice(finding!.at!.offset)).toBe('hij');
    expect(finding!.at!.line).toBe(2);
  });

  it('is quiet at exactly the limit and when there is none', () => {
    expect(ids('0123456789', 10)).toEqual([]);
    expect(ids('0123456789', null)).toEqual([]);
  });
});

describe('checkAnswer: formatting the portal drops', () => {
  it.each<[string, AnswerCheckId, number, number]>([
    ['Skills:\n\tbudget\n\tprocurement', 'tabs', 2, 2],
    ['Main tasks\n• planning\n• reporting\n• audits', 'bullets', 3, 2],
    ['Tasks\n\uF0B7 planning (pasted from Word)', 'bullets', 1, 2],
    ['I led the “Resilience” project and the ‘Pillar’ review.', 'smartQuotes', 4, 1],
    ['J’ai dirigé le projet « Résilience ».', 'smartQuotes', 3, 1],
  ])('%j → %s ×%i from line %i', (answer, id, times, line) => {
    const finding = checkAnswer(answer, null).find((item) => item.id === id);
    expect(finding?.message.values).toEqual({ times, line });
  });

  it('gives curly quotes as a hint and tabs and bullets as warnings', () => {
    const severities = Object.fromEntries(checkAnswer('a\tb • c “d”', null).map((finding) => [finding.id, finding.severity]));
    expect(severities).toEqual({ tabs: 'warning', bullets: 'warning', smartQuotes: 'info' });
  });
});

describe('checkAnswer: worded in English and French', () => {
  it.each([
    ['en', 'refersElsewhere', 'See CV', '“See CV” points to another document: only the text boxes are evaluated, and such answers are rejected. Write the facts here.'],
    ['fr', 'refersElsewhere', 'See CV', '« See CV » renvoie à un autre document : seules les zones de texte sont évaluées, et ces réponses sont rejetées. Écrivez les faits ici.'],
    ['en', 'overLimit', 'x'.repeat(12), '12 characters for a limit of 10: 2 too many. The text past the limit starts at the highlighted place.'],
    ['fr', 'overLimit', 'x'.repeat(12), '12 caractères pour une limite de 10 : 2 de trop. Le texte au-delà de la limite commence à l\'endroit indiqué.'],
  ] as const)('%s %s', (locale, id, answer, expected) => {
    const finding = checkAnswer(answer, 10).find((item) => item.id === id)!;
    expect(wordFinding(finding.message, locale)).toBe(expected);
  });
});

describe('checkAnswer: a long draft', () => {
  // About 10 ms on a quiet machine; the bound leaves room for a shared one (load 20 gave 140 ms),
  // and still fails on a pattern that backtracks, which takes seconds at this length.
  it('checks the longest draft kept in well under a second', () => {
    const draft = 'See the annual plan. “Quoted” text\twith tabs • and bullets.\n'.repeat(Math.floor(MAX_DRAFT_LENGTH / 62));
    const started = performance.now();
    checkAnswer(draft, 2000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('readLimit: the limit a pasted question states', () => {
  it.each<[string, number | null]>([
    ['Describe your experience of budget planning (max. 2000 characters)', 2000],
    ['Describe your experience. Maximum 1,500 characters.', 1500],
    ['Please answer in up to 2 000 characters.', 2000],
    ['Answer in no more than 1000 characters, including spaces.', 1000],
    ['Your answer (2000 characters max)', 2000],
    ['2000 character limit', 2000],
    ['Character limit: 3000', 3000],
    ['Describe 3 projects in 2000 characters or less.', 2000],
    ['Décrivez votre expérience (2 000 caractères maximum)', 2000],
    ['Décrivez votre expérience (2\u00a0000 caractères maximum)', 2000],
    ['Réponse limitée à 1500 caractères.', 1500],
    ['Maximum 4 000 caractères, espaces compris.', 4000],
    ['1500 signes max.', 1500],
    ['Nombre de caractères maximum : 2500', 2500],
    ['Describe 3 projects you led in the last 5 years.', null],
    ['Do you hold a university degree?', null],
  ])('%s → %s', (question, limit) => {
    expect(readLimit(question)).toBe(limit);
  });
});
