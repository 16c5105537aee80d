import { describe, expect, it } from 'vitest';
import { findSelectionWindow } from './selection-window';

/** Expected windows written from the sentences' own words (process.md, issue 28). */
describe('findSelectionWindow: the window a notice announces for its selection steps', () => {
  it.each([
    // The phrasings real notices print (process.md)
    ['the competition for these posts will take place in Brussels and is provisionally scheduled for the third quarter of 2025.', '2025-07-01', '2025-09-30'],
    ['Selective assessment is expected to take place in the first half of July 2025.', '2025-07-01', '2025-07-15'],
    ['Please note that the selection process, which is expected to take place in the second half of May 2025, in Brussels.', '2025-05-16', '2025-05-31'],
    ['The final competition for this post will take place on-line and is provisionally scheduled for the month of June 2021.', '2021-06-01', '2021-06-30'],
    ['The assessment is provisionally scheduled for 1, 2 and 3 June 2016 in Brussels, Belgium.', '2016-06-01', '2016-06-03'],
    ['Interviews are provisionally scheduled to take place between 19 and 26 October 2021.', '2021-10-19', '2021-10-26'],
    ['The assessment is provisionally scheduled to take place at the CSO in Paris (FR) during the week 12th 16th January 2026.', '2026-01-12', '2026-01-16'],
    ['The interview of shortlisted candidates is provisionally scheduled to be held in Paris - Neuilly-sur-Seine (FR) mid-May 2026.', '2026-05-11', '2026-05-20'],
    ['Interviews are expected to take place in early May 2026.', '2026-05-01', '2026-05-10'],
    ['Interviews are expected to take place in late May 2026.', '2026-05-21', '2026-05-31'],
    ['The written test is expected to take place in late February 2028.', '2028-02-21', '2028-02-29'],
    ['Interviews are expected to be held at the end of September 2026.', '2026-09-21', '2026-09-30'],
    ['The assessment is provisionally scheduled for the fourth quarter of 2025.', '2025-10-01', '2025-12-31'],
    ['The competition for these vacancies will be conducted on-site (NATO HQ, Brussels) and is tentatively scheduled to be completed by the third quarter of 2026.', '2026-07-01', '2026-09-30'],
    ['The assessment centre is provisionally scheduled from 30 September to 2 October 2025.', '2025-09-30', '2025-10-02'],
    ['Interviews are provisionally scheduled for June 1-3, 2016.', '2016-06-01', '2016-06-03'],
    ['Interviews will be held during the week of 12 January 2026.', '2026-01-12', '2026-01-18'],
    // Two steps: the window spans both
    ['The written test is expected to take place in the first half of July 2025. Interviews will be held in the second half of September 2025.', '2025-07-01', '2025-09-30'],
    // French
    ['Le concours pour ces postes aura lieu à Bruxelles et est provisoirement prévu au cours du troisième trimestre 2025.', '2025-07-01', '2025-09-30'],
    ["L'évaluation sélective devrait avoir lieu dans la première quinzaine de juillet 2025.", '2025-07-01', '2025-07-15'],
    ['La procédure de sélection devrait avoir lieu dans la deuxième quinzaine de mai 2025, à Bruxelles.', '2025-05-16', '2025-05-31'],
    ["L'épreuve finale aura lieu en ligne et est provisoirement prévue pour le mois de juin 2021.", '2021-06-01', '2021-06-30'],
    ['Les épreuves sont provisoirement prévues les 1er, 2 et 3 juin 2016 à Bruxelles (Belgique).', '2016-06-01', '2016-06-03'],
    ['Les entretiens devraient avoir lieu entre le 19 et le 26 octobre 2021.', '2021-10-19', '2021-10-26'],
    ['Les épreuves sont provisoirement prévues au CSO à Paris (FR) au cours de la semaine du 12 au 16 janvier 2026.', '2026-01-12', '2026-01-16'],
    ["L'entretien des candidats présélectionnés devrait avoir lieu à Paris - Neuilly-sur-Seine (FR) à la mi-mai 2026.", '2026-05-11', '2026-05-20'],
    ['Les entretiens devraient avoir lieu début mai 2026.', '2026-05-01', '2026-05-10'],
    ['Les entretiens devraient avoir lieu fin mai 2026.', '2026-05-21', '2026-05-31'],
  ])('%s', (text, from, to) => {
    expect(findSelectionWindow(text, null)).toEqual({ from, to });
  });

  it.each([
    // A period without its year: the first one that ends on or after the close
    ['Les entretiens devraient avoir lieu à la mi-mai.', '2026-03-31', '2026-05-11', '2026-05-20'],
    ['Les entretiens sont provisoirement prévus au cours du troisième trimestre.', '2025-10-05', '2026-07-01', '2026-09-30'],
    ['Interviews are expected to take place in the first half of July.', '2025-06-18', '2025-07-01', '2025-07-15'],
  ])('%s (closing %s)', (text, closes, from, to) => {
    expect(findSelectionWindow(text, closes)).toEqual({ from, to });
  });

  it.each([
    ['no scheduling sentence', 'Applications must be submitted by 4 January 2026.'],
    ['the start of duty is not a step', 'The successful candidate is expected to take up the post in September 2026.'],
    ['the close is not a step', 'The deadline for applications is expected to be 12 March 2026.'],
    ['a period without a year and no close known', 'Les entretiens devraient avoir lieu à la mi-mai.'],
    ['a date that does not exist', 'Interviews are provisionally scheduled for 31 June 2026.'],
  ])('%s: none', (_why, text) => {
    expect(findSelectionWindow(text, null)).toBeNull();
  });
});
