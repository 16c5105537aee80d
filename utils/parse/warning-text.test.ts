import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { warning, WARNING_FIELDS, type WarningId } from './warning-templates';
import { englishWarning } from '../../test/unit/template-english';
import { matchWarning, upgradeWarnings, warningFromText } from './warning-text';
import { warningReason } from './warning-reason';
import { wordReason } from '../reasons/word-reason';
import type { Locale } from '../i18n-core';
import type { Warning } from './warning-templates';

const en = translator('en');
const fr = translator('fr');
/** A stored warning as the UI words it. */
const localiseWarning = (stored: Warning, locale: Locale) => wordReason(warningReason(stored), translator(locale), locale);

// One row per template (the Record type makes a missing one a compile error): the stored English
// sentence, pinned word for word because it is data, then what each UI language shows.
const CASES: Record<Exclude<WarningId, 'unrecognised'>, [stored: string, english: string, french: string]> = {
  noEnglishHalf: [
    'title: no English half; title and header read from the French half',
    'Title: the notice has no English half; the title and header were read from the French half',
    'Intitulé : l’avis n’a pas de partie anglaise ; l’intitulé et l’en-tête ont été lus dans la partie française',
  ],
  noEnglishTitle: [
    'title: no English title line; the French title is used',
    'Title: the English half has no title line; the French title is used',
    'Intitulé : la partie anglaise n’a pas de ligne de titre ; l’intitulé français est utilisé',
  ],
  noFrenchHalf: ['titleFr: no French half', 'French title: the notice has no French half', 'Intitulé en français : l’avis n’a pas de partie française'],
  noFrenchTitle: ['titleFr: the French half has no title line', 'French title: the French half has no title line', 'Intitulé en français : la partie française n’a pas de ligne de titre'],
  referenceNotStated: [
    'reference: not printed in the notice; the page address or the user gives it',
    'Reference: not printed in the notice; the page address or you give it',
    'Référence : absente de l’avis ; l’adresse de la page ou vous la donnez',
  ],
  deadlineOngoing: [
    'deadline: "Ongoing": open until filled, no closing date',
    'Application deadline: “Ongoing”: open until filled, no closing date',
    'Date limite de candidature : « Ongoing » : ouvert jusqu’à ce que le poste soit pourvu, sans date de clôture',
  ],
  organisationFromBody: [
    'organisation: not in a header; read from the notice text',
    'NATO body: not in a header; read from the notice text',
    'Organisme OTAN : absente de l’en-tête ; lue dans le texte de l’avis',
  ],
  titleCut: [
    'title: the title line is 412 characters long; only its first 250 were kept',
    'Title: the title line is 412 characters long; only its first 250 were kept',
    'Intitulé : la ligne de titre compte 412 caractères ; seuls les 250 premiers ont été gardés',
  ],
  salaryRange: ['salary: "$85,000 - $95,000 / YEAR" is a range, not one amount', 'Salary: “$85,000 - $95,000 / YEAR” is a range, not one amount', 'Salaire : « $85,000 - $95,000 / YEAR » est une fourchette, pas un montant'],
  notStated: ['contract.initialYears: not stated', 'Initial contract length: not stated', 'Durée initiale du contrat : l’avis ne l’indique pas'],
  frenchHeader: ['location: read from the French header', 'Location: read from the French header', 'Lieu : valeur lue dans l’en-tête français'],
  zoneUnknown: [
    'closesAt: the page time zone is unknown; the shown time 21:59:00 was read as UTC',
    'Closing time: the page\'s time zone is unknown; the time shown, 21:59:00, was read as UTC',
    'Heure de clôture : le fuseau horaire de la page est inconnu ; l’heure affichée, 21:59:00, a été lue comme heure UTC',
  ],
  zoneUnrecognised: [
    'closesAt: unknown page time zone "Mars/Olympus"; the shown time 21:59:00 was read as UTC',
    'Closing time: unknown page time zone “Mars/Olympus”; the time shown, 21:59:00, was read as UTC',
    'Heure de clôture : fuseau horaire de la page inconnu (« Mars/Olympus ») ; l’heure affichée, 21:59:00, a été lue comme heure UTC',
  ],
  zoneSnapped: [
    'closesAt: the time shown (00:59:00) is not 23:59 in Brussels in the page time zone "CET"; it was taken as the 23:59 Brussels close of 2026-10-11',
    'Closing time: the time shown (00:59:00) is not 23:59 in Brussels in the page\'s time zone “CET”; it was taken as the 23:59 Brussels close of 2026-10-11',
    'Heure de clôture : l’heure affichée (00:59:00) ne tombe pas à 23:59 à Bruxelles dans le fuseau de la page (« CET ») ; elle a été lue comme la clôture de 23:59 à Bruxelles le 2026-10-11',
  ],
  zoneUnknownSnapped: [
    'closesAt: the page time zone is unknown; the time shown (07:59:00) was taken as the 23:59 Brussels close of 2026-03-04',
    'Closing time: the page\'s time zone is unknown; the time shown (07:59:00) was taken as the 23:59 Brussels close of 2026-03-04',
    'Heure de clôture : le fuseau horaire de la page est inconnu ; l’heure affichée (07:59:00) a été lue comme la clôture de 23:59 à Bruxelles le 2026-03-04',
  ],
  zoneUnknownEarliest: [
    'closesAt: the page time zone is unknown and the time shown (15:17:00) is no 23:59 Brussels close; the earliest moment it can be was used',
    'Closing time: the page\'s time zone is unknown and the time shown (15:17:00) is no 23:59 Brussels close; the earliest moment it can be was used',
    'Heure de clôture : le fuseau horaire de la page est inconnu et l’heure affichée (15:17:00) n’est pas une clôture de 23:59 à Bruxelles ; le moment le plus tôt possible a été retenu',
  ],
  zoneStatedInNotice: [
    'closesAt: the notice states its closing time as 23:59:00 EDT; it was read in that zone, not as the usual 23:59 Brussels close',
    'Closing time: the notice states its closing time as 23:59:00 EDT; it was read in that zone, not as the usual 23:59 Brussels close',
    'Heure de clôture : l’avis donne son heure de clôture, 23:59:00 EDT ; elle a été lue dans ce fuseau, et non comme la clôture habituelle de 23:59 à Bruxelles',
  ],
  deadlinesDiffer: [
    'deadline: the English (2026-01-04) and French (2026-01-11) headers differ; the English one is used',
    'Application deadline: the English (2026-01-04) and French (2026-01-11) headers differ; the English one is used',
    'Date limite de candidature : les en-têtes anglais (2026-01-04) et français (2026-01-11) diffèrent ; la date anglaise est retenue',
  ],
  deadlineUnreadable: ['deadline: unreadable date "soon"', 'Application deadline: unreadable date “soon”', 'Date limite de candidature : date illisible « soon »'],
  salaryNoAmount: ['salary: no amount in "to be confirmed"', 'Salary: no amount in “to be confirmed”', 'Salaire : aucun montant dans « to be confirmed »'],
  salaryBadAmount: ['salary: unreadable amount "1e400"', 'Salary: unreadable amount “1e400”', 'Salaire : montant illisible « 1e400 »'],
  salaryNoCurrency: ['salary: no currency in "9,253.21 Monthly"', 'Salary: no currency in “9,253.21 Monthly”', 'Salaire : aucune devise dans « 9,253.21 Monthly »'],
  salaryNoPeriod: [
    'salary: no pay period (monthly/yearly) in "9,253.21 (EUR)"',
    'Salary: no pay period (monthly or yearly) in “9,253.21 (EUR)”',
    'Salaire : aucune périodicité (mensuelle ou annuelle) dans « 9,253.21 (EUR) »',
  ],
  gradeEmpty: ['grade: empty grade', 'Grade: empty', 'Grade : valeur vide'],
  gradeUnknown: ['grade: unknown grade "G99" in "NATO Grade G99"', 'Grade: unknown grade “G99” in “NATO Grade G99”', 'Grade : grade inconnu « G99 » dans « NATO Grade G99 »'],
  gradeNoCode: ['grade: no NATO grade code in "Senior"', 'Grade: no NATO grade code in “Senior”', 'Grade : aucun code de grade OTAN dans « Senior »'],
  languageNotStated: [
    'languageRequirement: not stated (neither NATO levels I-VI nor a STANAG 6001 profile)',
    'Language requirement: not stated (neither NATO levels I–VI nor a STANAG 6001 profile)',
    'Exigences linguistiques : l’avis ne les indique pas (ni niveaux OTAN I à VI, ni profil STANAG 6001)',
  ],
  experienceNotStated: [
    'minExperienceYears: no "at least N years" in the essential qualifications',
    'Minimum experience: the essential qualifications give no “at least N years”',
    'Expérience minimale : les qualifications essentielles ne mentionnent pas « au moins N ans »',
  ],
  positionsMismatch: ['positions: the notice says 1 but lists 2 posts', 'Posts to fill: the notice says 1 but lists 2 posts', 'Postes à pourvoir : l’avis en annonce 1 mais en énumère 2'],
  essayNoPageLimit: ['essay.maxPages: no page limit stated', 'Essay page limit: not stated', 'Nombre maximal de pages de l’essai : l’avis ne l’indique pas'],
  essayNoNamingRule: ['essay.titleMustInclude: no naming rule stated', 'Essay file name: no naming rule stated', 'Nom du fichier de l’essai : aucune règle de nommage indiquée'],
  essayNoDueDate: [
    'essay.dueDate: neither an essay date nor a deadline is stated',
    'Essay due date: neither an essay date nor an application deadline is stated',
    'Date de remise de l’essai : l’avis n’indique ni date pour l’essai ni date limite de candidature',
  ],
  noneListed: ['keyChallenges: none listed', 'Key challenges: none listed', 'Principaux défis : aucune liste dans l’avis'],
  noAssessments: ['assessments: no selection steps announced', 'Selection steps: no selection steps announced', 'Étapes de sélection : l’avis n’annonce aucune étape de sélection'],
  sourceUrlNotUrl: [
    'sourceUrl: "not a url" is not a URL and was left out',
    'Page address: “not a url” is not a web address and was left out',
    'Adresse de la page : « not a url » n’est pas une adresse web et n’a pas été retenue',
  ],
  referenceMismatch: [
    "reference: the page address says 999999 but the notice says 251836; the notice's was kept",
    "Reference: the page address says 999999 but the notice says 251836; the notice's was kept",
    'Référence : l’adresse de la page indique 999999 mais l’avis indique 251836 ; celle de l’avis a été conservée',
  ],
  noticeUnreadable: [
    'The notice text could not be read (the text is empty); only the header fields were saved.',
    'The notice text could not be read (the text is empty); only the header fields were saved.',
    'Le texte de l’avis n’a pas pu être lu (the text is empty) ; seuls les champs de l’en-tête ont été enregistrés.',
  ],
  pageTextCut: [
    'The page is very long: only its first 300000 characters were read.',
    'The page is very long: only its first 300000 characters were read.',
    'La page est très longue : seuls ses 300000 premiers caractères ont été lus.',
  ],
  rowOnly: [
    'Only the results-page row was read: open the vacancy to capture the full notice.',
    'Only the results-page row was read: open the vacancy to capture the full notice.',
    'Seule la ligne de la page de résultats a été lue : ouvrez l’avis pour l’enregistrer en entier.',
  ],
};

describe('warnings as data', () => {
  it.each(Object.entries(CASES) as [WarningId, [string, string, string]][])('%s: an old stored sentence is matched back, worded in EN and FR', (id, [stored, english, french]) => {
    const data = warningFromText(stored);
    expect(data.id).toBe(id);
    // The English template gives the stored sentence back: nothing is lost by the upgrade.
    expect(englishWarning(data)).toBe(stored);
    expect(localiseWarning(data, 'en')).toBe(english);
    expect(localiseWarning(data, 'fr')).toBe(french);
  });

  it('builds the data the sentence is matched back to', () => {
    expect(warning('notStated', { field: 'contract.initialYears' })).toEqual(warningFromText(CASES.notStated[0]));
    expect(warning('positionsMismatch', { stated: 1, listed: 2 })).toEqual({ id: 'positionsMismatch', values: { stated: 1, listed: 2 } });
    expect(englishWarning(warning('positionsMismatch', { stated: 1, listed: 2 }))).toBe(CASES.positionsMismatch[0]);
    expect(warning('rowOnly')).toEqual({ id: 'rowOnly', values: {} });
  });

  it.each(WARNING_FIELDS)('names %s in French when it is not stated', (field) => {
    const french = localiseWarning(warning('notStated', { field }), 'fr');
    expect(french).toMatch(/^\S.* : l’avis ne l’indique pas$/);
    // A label, not the record's field name: "Salaire : …", never "salary: …".
    expect(french.startsWith(`${field}:`)).toBe(false);
  });

  it('carries values over as stored, quotes, braces and all', () => {
    expect(localiseWarning(warning('gradeUnknown', { token: 'G{x}', label: 'Grade "G{x}" in "A"' }), 'fr')).toBe('Grade : grade inconnu « G{x} » dans « Grade "G{x}" in "A" »');
    expect(localiseWarning(warningFromText('deadline: unreadable date "4 jan.\n2026"'), 'fr')).toBe('Date limite de candidature : date illisible « 4 jan.\n2026 »');
  });

  it.each([
    'Language profile not stated',
    'Salary not found',
    'location: not stated!',
    'mood: not stated',
    'salary: not stated (see notes)',
    '',
  ])('keeps a sentence no template wrote, shown as it is: %j', (text) => {
    expect(matchWarning(text)).toBeNull();
    expect(warningFromText(text)).toEqual({ id: 'unrecognised', values: { text } });
    expect(localiseWarning(warningFromText(text), 'fr')).toBe(text);
  });

  it('shows a warning of a later version in English by its values, never drops it', () => {
    expect(localiseWarning({ id: 'somethingNew', values: { value: 'X' } }, 'fr')).toBe('X');
  });

  it('upgrades a stored list of any age: sentences become data, data stays', () => {
    const data = warning('rowOnly');
    expect(upgradeWarnings(['salary: not stated', data])).toEqual([{ id: 'notStated', values: { field: 'salary' } }, data]);
    expect(upgradeWarnings(undefined)).toBeUndefined();
  });
});

describe('a page read from its fallback text says why its text was refused, in the reader\'s language', () => {
  it.each([
    [
      warning('noticeUnreadable', { reason: 'noKey' }),
      'The notice text could not be read (the page shows neither a reference nor a title); only the header fields were saved.',
      'Le texte de l’avis n’a pas pu être lu (la page n’indique ni référence ni titre) ; seuls les champs de l’en-tête ont été enregistrés.',
      'The notice text could not be read (no reference or title on the page); only the header fields were saved.',
    ],
    [
      { id: 'noticeUnreadable', values: { reason: 'manyVacancies', count: 2, examples: '230611, 230612' } },
      'The notice text could not be read (it lists 2 vacancies (230611, 230612, …), not one notice: open one of them); only the header fields were saved.',
      'Le texte de l’avis n’a pas pu être lu (il énumère 2 postes vacants (230611, 230612, …), pas un seul avis : ouvrez l’un d’eux) ; seuls les champs de l’en-tête ont été enregistrés.',
      'The notice text could not be read (it lists 2 vacancies (230611, 230612, …), not one notice: open one of them); only the header fields were saved.',
    ],
  ])('%j', (data, english, french, cli) => {
    expect(localiseWarning(data, 'en')).toBe(english);
    expect(localiseWarning(data, 'fr')).toBe(french);
    expect(englishWarning(data)).toBe(cli);
  });
});
