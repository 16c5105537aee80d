import { englishWarning } from '../../test/unit/template-english';
import { describe, expect, it } from 'vitest';
import type { ParsedVacancy } from '../record/vacancy-record';
import { ParsedVacancySchema } from '../record/vacancy-record';
import type { ParseOptions } from './parse-notice';
import { parseNotice } from './parse-notice';
import { refusalReason } from './refusal';
import { wordReason } from '../reasons/word-reason';
import { translator } from '../i18n-core';
import { refusalLine } from '../../test/unit/english-reason';

function read(text: string, options?: ParseOptions): ParsedVacancy {
  const result = parseNotice(text, options);
  if (!result.ok) throw new Error(refusalLine(result.reason));
  expect(ParsedVacancySchema.safeParse(result.record).success).toBe(true);
  return result.record;
}

const HEADER = 'Officer, Defence Policy - 251836\nPrimary Location: Belgium-Brussels\nApplication Deadline: 4-Jan-2026\nGrade NATO Grade G20\nDescription:\n';

describe('text clean-up', () => {
  it.each([
    ['stray HTML tags', '<p><b>1. SUMMARY</b></p>\n<p>The&nbsp;Division leads <i>NATO</i> work.</p>\n<p><b>2. QUALIFICATIONS AND EXPERIENCE</b></p><p>ESSENTIAL</p><ul><li>possess at least&#160;7 years of relevant experience;</li></ul>'],
    ['markdown', '#### 1. SUMMARY\n\nThe Division leads **NATO** work.\n\n## **2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL**\n\n- possess *at least 7 years* of relevant experience;'],
    ['Unicode line separators and CRLF', '1. SUMMARY\u2028The Division leads NATO work.\u20292. QUALIFICATIONS AND EXPERIENCE\r\nESSENTIAL\f- possess at least 7 years of relevant experience;'],
    ['NBSP, narrow NBSP, curly quotes', '1. SUMMARY\nThe\u00a0Division leads \u201cNATO\u201d work.\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\n• possess at least\u202f7 years\u2019 relevant experience;'],
    ['PDF line breaks and a footer URL', '1.       SUMMARY \nThe Division leads NATO work across the whole of the International Staff and its \n\nhttps://www.nato.int/structur/recruit/2025/pasp0109e-eng-fra.pdf\n 2 \n agencies. \n\n2.        QUALIFICATIONS AND EXPERIENCE \nESSENTIAL \n• possess at least 7 years of relevant experience in defence policy and in the \n\ndevelopment of strategies; '],
  ])('%s', (_shape, body) => {
    const record = read(HEADER + body);
    expect(record.minExperienceYears).toBe(7);
    expect(record.grade?.grades).toEqual(['G20']);
    expect(record.deadline).toBe('2026-01-04');
  });

  it('splits lines on U+2028/U+2029 and form feeds, not only on newlines', () => {
    const text = 'Officer, Defence Policy - 251836\u2028Application Deadline: 4-Jan-2026\u2029Grade NATO Grade G20\fDescription:\u20281. SUMMARY';
    expect(read(text)).toMatchObject({ reference: '251836', title: 'Officer, Defence Policy', deadline: '2026-01-04', grade: { grades: ['G20'] } });
  });

  it('re-joins a key challenge broken over PDF lines and a footer URL', () => {
    const body = `1. SUMMARY
Please find below 2 of the Key challenges facing the successful candidate for the first 
three-five years:  

• Contribute to maintaining Allied unity in an increasingly challenging domestic and 
international political environment.  

• Facilitate the delivery of the NATO political agenda by providing insights and 

https://www.nato.int/structur/recruit/2025/pasp0109e-eng-fra.pdf
 advice on allied capabilities.     

As part of this application, you are kindly requested to attach one MS Word document 

summarizing your views on these 2 key challenges. Please limit yourself to maximum two A4 pages 

into total. `;
    const record = read(HEADER + body);
    expect(record.keyChallenges).toEqual([
      'Contribute to maintaining Allied unity in an increasingly challenging domestic and international political environment.',
      'Facilitate the delivery of the NATO political agenda by providing insights and advice on allied capabilities.',
    ]);
    expect(record.essay).toEqual({ required: true, format: 'MS Word', maxPages: 2, titleMustInclude: [], dueDate: '2026-01-04' });
    expect(record.warnings.map(englishWarning)).toContain('essay.titleMustInclude: no naming rule stated');
  });
});

describe('essay rules', () => {
  it.each([
    ['no more than 2 A4 pages long', 2],
    ['Please limit yourself to maximum 1 A4 page into total.', 1],
    ['The essay must not exceed two pages.', 2],
    ['a three-page essay', 3],
  ])('page limit: %s', (sentence, pages) => {
    const body = `1. SUMMARY\nCandidates are asked to attach one MS Word document summarising their views. ${sentence}\nCandidates are requested to attach their essay to their application on Taleo, by latest 06 April 2025.\nThe title of the attachment must include the vacancy reference and the words "Key challenges".`;
    const record = read(HEADER + body);
    expect(record.essay).toEqual({ required: true, format: 'MS Word', maxPages: pages, titleMustInclude: ['251836', 'Key challenges'], dueDate: '2025-04-06' });
  });

  it.each([
    ['Candidates must attach one Word or PDF document summarising their views on these challenges.', 'MS Word or PDF'],
    ['Please attach a PDF document summarising your approach to these challenges.', 'PDF'],
  ])('format as stated: %s', (sentence, format) => {
    expect(read(`${HEADER}1. SUMMARY\n${sentence}`).essay?.format).toBe(format);
  });

  it.each([
    'Please attach a PDF document with copies of your diplomas.',
    'Shortlisted candidates will be asked to provide a Word document listing their references.',
  ])('no essay in: %s', (sentence) => {
    expect(read(`${HEADER}1. SUMMARY\n${sentence}`).essay).toBeNull();
  });

  it('reads the French naming rule and due date of a French-only notice', () => {
    const text = `Chef, Section Organisations multilatérales - 250875
Date de retrait : 18-juin-2025
Grade NATO Grade G22
Description
1. RÉSUMÉ
Il vous est demandé de joindre à votre formulaire de candidature un document Word résumant votre point de vue. Merci de vous limiter à une page A4 au total.
Les candidat(e)s ont jusqu'au 17/06/2025 au plus tard pour joindre le document demandé.
Le titre du document devra indiquer la référence du poste et la mention « Key challenges ».`;
    expect(read(text).essay).toEqual({ required: true, format: 'MS Word', maxPages: 1, titleMustInclude: ['250875', 'Key challenges'], dueDate: '2025-06-17' });
  });
});

describe('notices of other NATO bodies, free-form bodies', () => {
  const command = `Job Description - Buyer (261340)
Buyer-261340
Primary Location Germany-Wesel
NATO Body Joint Force Command Brunssum (JFCBS)
Schedule Full-time
Application Deadline 11-Oct-2026, 9:59:00 PM
Salary (Pay Basis) : 5,260.65Euro (EUR) Monthly
Grade NATO Grade G10
Description:
POST CONTEXT/POST SUMMARY
The Purchasing and Contracting Branch in Wesel supports the command with the acquisition of goods and services.
PRINCIPAL DUTIES
- Prepares purchase orders and contracts in accordance with NATO financial regulations.
ESSENTIAL QUALIFICATIONS
Professional Experience:
- Minimum 3 years of experience in procurement within the last 5 years.
Language:
- English - SLP 3322 (Listening, Speaking, Reading and Writing) in accordance with STANAG 6001.
DESIRABLE QUALIFICATIONS
- Minimum 1 year experience working in a NATO procurement office.
REMARKS
Security clearance: the incumbent must hold a NATO SECRET clearance.
Contract: a 3-year definite duration contract, renewable for a further period of 3 years.`;

  it('reads the header, the STANAG profile, "Minimum N years" and the body clearance', () => {
    const record = read(command, { pageTimeZone: 'GMT+00:00', sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=261340&lang=en' });
    expect(record).toMatchObject({
      reference: '261340',
      title: 'Buyer',
      location: 'Germany-Wesel',
      organisation: 'Joint Force Command Brunssum (JFCBS)',
      deadline: '2026-10-11',
      closesAt: '2026-10-11T21:59:00.000Z',
      salary: { amount: 5260.65, currency: 'EUR', period: 'month' },
      grade: { label: 'NATO Grade G10', grades: ['G10'] },
      clearance: 'NS',
      languageRequirement: null,
      languageProfile: '3322',
      minExperienceYears: 3,
      positions: 1,
      essay: null,
      keyChallenges: [],
      contract: { initialYears: 3, renewableYears: 3, maxYears: null },
      languages: ['en'],
      titleFr: null,
    });
    expect(record.warnings.map(englishWarning).filter((w) => w.startsWith('languageRequirement'))).toEqual([]);
  });

  it.each(['Postal Clerk', 'Positioning Engineer', 'Gradebook Analyst', 'Titles Examiner'])(
    'a title that starts with a label\'s letters, "%s", is a title',
    (title) => {
      const record = read(`${title}\nNATO Support and Procurement Agency\nVacancy Number: 250902\nGrade: B-3\nClosing Date: 10 May 2025\n\nSUMMARY\nThe post holder works for the Agency.`);
      expect(record).toMatchObject({ reference: '250902', title });
    },
  );

  const english = (deadline: string) => `NATO Support and Procurement Agency\nVacancy Number: 250901\nJob Title: Buyer\n${deadline}\nGrade: G12\n\nSUMMARY\nThe Agency buys for the nations.`;
  const french = (deadline: string) => `Agence OTAN de soutien et d'acquisition\nNuméro de l'avis de vacance : 250901\nIntitulé du poste : Acheteur\n${deadline}\nGrade : G12\n\nRÉSUMÉ\nL'Agence achète pour les pays.`;
  it.each([
    [english('Closing Date: Until filled'), 'Until filled'],
    [english('Closing Date: Until the post is filled'), 'Until the post is filled'],
    [french("Date de clôture : jusqu'à ce que le poste soit pourvu"), "jusqu'à ce que le poste soit pourvu"],
  ])('a rolling vacancy: no deadline, and a warning that says so (%#)', (text, value) => {
    const record = read(text);
    expect(record).toMatchObject({ reference: '250901', deadline: null, closesAt: null });
    expect(record.warnings).toContainEqual({ id: 'deadlineOngoing', values: { value } });
  });

  it('restated in the body: the closing date of a notice without a header', () => {
    const text = `Logistics Officer (261777)
POST DESCRIPTION
The incumbent plans movements of the command. The closing date for applications is 15 March 2026.
ESSENTIAL QUALIFICATIONS
- A minimum of five (5) years of experience in logistics.
- Grade: A.2 / NATO Grade G15`;
    const record = read(text);
    expect(record).toMatchObject({ reference: '261777', title: 'Logistics Officer', deadline: '2026-03-15', closesAt: '2026-03-15T22:59:00.000Z', minExperienceYears: 5 });
    expect(record.grade?.grades).toEqual(['G15']);
    expect(record.location).toBeNull();
    expect(record.salary).toBeNull();
    expect(record.warnings.map(englishWarning)).toEqual(expect.arrayContaining(['location: not stated', 'organisation: not stated', 'salary: not stated', 'clearance: not stated', 'languageRequirement: not stated (neither NATO levels I-VI nor a STANAG 6001 profile)']));
  });
});

const NO_SIGN = 'no sign of a NATO vacancy notice: no notice header (Grade, Application Deadline, …), no notice section (SUMMARY, Principal Duties, …), no NATO body named with vacancy wording';
const NO_SIGN_FR =
  'aucun signe d’un avis de vacance de l’OTAN : ni en-tête d’avis (grade, date limite de candidature, …), ni section d’avis (RÉSUMÉ, principales fonctions, …), ni organisme de l’OTAN nommé avec le vocabulaire d’un avis';

describe('not a notice', () => {
  const fr = translator('fr');
  // The reason as data, its English line (the CLI's, the catalogue's English) and its French wording (the UI's).
  it.each([
    ['', 'empty', {}, 'the text is empty', 'le texte est vide'],
    ['   \n\t  ', 'empty', {}, 'the text is empty', 'le texte est vide'],
    ['Dear colleague, thank you for your application.', 'letter', {}, 'it reads as a letter, not a vacancy notice', 'il se lit comme une lettre, pas comme un avis de vacance'],
    ['Job Number : 230611 - Belgium-Brussels\nApplication Deadline : 22-Jun-2023, 11:59:00 PM', 'noSign', {}, NO_SIGN, NO_SIGN_FR],
    ['Brussels weather: rain', 'noSign', {}, NO_SIGN, NO_SIGN_FR],
    [
      'Job Number : 230611\nApplication Deadline : 22-Jun-2023\nJob Number : 230612\nApplication Deadline : 23-Jun-2023',
      'manyVacancies',
      { count: 2, examples: '230611, 230612' },
      'it lists 2 vacancies (230611, 230612, …), not one notice: open one of them',
      'il énumère 2 postes vacants (230611, 230612, …), pas un seul avis : ouvrez l’un d’eux',
    ],
    [
      'Officer, Defence Policy - 251836',
      'titleOnly',
      { title: 'Officer, Defence Policy', reference: '251836' },
      '“Officer, Defence Policy (251836)” has neither a notice header (Application Deadline, Grade, …) nor notice sections',
      '« Officer, Defence Policy (251836) » n’a ni en-tête d’avis (date limite de candidature, grade, …) ni sections d’avis',
    ],
    [
      'Invoice - 123456\nTotal due: 300 EUR\nThank you.',
      'titleOnly',
      { title: 'Invoice', reference: '123456' },
      '“Invoice (123456)” has neither a notice header (Application Deadline, Grade, …) nor notice sections',
      '« Invoice (123456) » n’a ni en-tête d’avis (date limite de candidature, grade, …) ni sections d’avis',
    ],
  ])('%j', (text, id, values, message, french) => {
    const result = parseNotice(text);
    expect(result).toEqual({ ok: false, error: 'not-a-notice', reason: { id, values } });
    if (!result.ok) expect(refusalLine(result.reason)).toBe(message);
    if (!result.ok) expect(wordReason(refusalReason(result.reason), fr, 'fr')).toBe(french);
  });
});
