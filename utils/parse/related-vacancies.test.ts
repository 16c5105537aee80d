import { describe, expect, it } from 'vitest';
import { readRelations } from './related-vacancies';

/** Hand-made notice snippets in the words notices print (process.md); expected values read from them. */
describe('readRelations: the other vacancies a notice names for those who already applied', () => {
  it.each([
    [
      'If you have already applied to vacancy 170422 (Reserve List Assistant, Grades 5/8, 8, 8/10, 10) you do not need to apply again.',
      '251836',
      ['170422'],
    ],
    ['Candidates who have already applied to vacancies 170422 and 170423 need not apply for this vacancy.', '251836', ['170422', '170423']],
    ['Candidates who previously applied to VN NCIA 2025/123 do not need to re-apply.', 'NCIA 2025/200', ['NCIA 2025/123']],
    ["Les candidat(e)s ayant déjà postulé à l'avis de vacance n° 170422 (liste de réserve) n'ont pas besoin de présenter une nouvelle candidature.", '251836', ['170422']],
    ['Si vous avez déjà présenté votre candidature pour le poste 170422, il est inutile de postuler à nouveau.', '251836', ['170422']],
    // The notice's own number in the sentence is not another vacancy.
    ['If you have already applied to vacancy 251836 in 2025, your application stands.', '251836', []],
    // No sentence about having applied: a reference elsewhere is not a link.
    ['This post reports to the Head of Section (vacancy 170422 was filled in 2024).', '251836', []],
    ['The candidate must have applied knowledge of 3 NATO systems.', '251836', []],
  ])('%s', (text, own, expected) => {
    expect(readRelations(text, 'Assistant', own).named.map((n) => n.reference)).toEqual(expected);
  });

  it('keeps the sentence that names the vacancy as its quote', () => {
    const text = 'Summary of the post. If you have already applied to vacancy 170422 (Reserve List …) you do not need to apply. Other text.';
    expect(readRelations(text, 'Assistant', '251836').named).toEqual([
      { reference: '170422', quote: 'If you have already applied to vacancy 170422 (Reserve List …) you do not need to apply.' },
    ]);
  });
});

describe('readRelations: a notice that marks itself a re-advertisement', () => {
  it.each([
    ['Officer, Defence Policy (Re-advertisement)', 'Summary.', 'Officer, Defence Policy (Re-advertisement)'],
    ['Officer, Defence Policy (readvertisement)', 'Summary.', 'Officer, Defence Policy (readvertisement)'],
    ['Re-advertised: Senior Engineer', 'Summary.', 'Re-advertised: Senior Engineer'],
    ['Officier, politique de défense (republication)', 'Résumé.', 'Officier, politique de défense (republication)'],
    ['Officier (réédition)', 'Résumé.', 'Officier (réédition)'],
    [
      'Engineer',
      'This is a re-advertisement. If you have previously applied, you do not need to resubmit an application.',
      'This is a re-advertisement.',
    ],
    ['Ingénieur', 'Cet avis est une republication. Les candidatures déjà reçues seront examinées.', 'Cet avis est une republication.'],
    // Words about something else are no mark.
    ['Publications Officer', 'The incumbent re-publishes nothing and advertises posts.', null],
    ['Engineer', 'The incumbent will readvertise posts for the Agency when asked.', null],
  ])('%s / %s', (title, text, expected) => {
    expect(readRelations(text, title, '251836').readvertisement).toBe(expected);
  });

  // The mark is a word of its own: a letter before it makes another word, any other character does not.
  it.each([
    ['This notice is a (re-advertisement).', 'This notice is a (re-advertisement).'],
    ['This notice is a Re-Advertisement.', 'This notice is a Re-Advertisement.'],
    ['This post is unreposted.', null],
    // "avis republié" after a letter is no mark, but its "republié" still is one.
    ["Il s'agit d'un préavis republié.", "Il s'agit d'un préavis republié."],
  ])('%s', (text, expected) => {
    expect(readRelations(text, 'Engineer', '251836').readvertisement).toBe(expected);
  });
});

describe('readRelations: only shortlisted candidates are contacted', () => {
  it.each([
    ['Please note that only shortlisted candidates will be contacted.', 'Please note that only shortlisted candidates will be contacted.'],
    ['Only short-listed candidates will be notified.', 'Only short-listed candidates will be notified.'],
    ['Only applicants who succeed in the initial screening will receive a response.', 'Only applicants who succeed in the initial screening will receive a response.'],
    ['Only candidates selected for interview will be contacted.', 'Only candidates selected for interview will be contacted.'],
    ['Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s.', 'Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s.'],
    ['Seuls les candidats retenus seront contactés.', 'Seuls les candidats retenus seront contactés.'],
    ['Seules les personnes ayant réussi la présélection recevront une réponse.', 'Seules les personnes ayant réussi la présélection recevront une réponse.'],
    // Shortlisted candidates are named, but not as the only ones who hear back.
    ['Shortlisted candidates will have to be available for the selection process in May 2025.', null],
    ['NATO will only evaluate the information you write in the text boxes.', null],
    ['Les candidat(e)s présélectionné(e)s recevront une simulation de la rémunération.', null],
  ])('%s', (text, expected) => {
    expect(readRelations(text, 'Officer', '251836').shortlistedOnly).toBe(expected);
  });
});
