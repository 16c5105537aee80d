import type { ParsedVacancy } from '../../utils/record/vacancy-record';

/**
 * What each hand-made notice of test/fixtures/vacancies/variations/ states, for
 * variations.test.ts. Each row holds what the text states, worked out by reading it (never by
 * running the parser); a field a row leaves out is one the text does not state clearly, and null
 * is a field it does not state at all.
 */

export type Expected = Partial<Pick<ParsedVacancy,
  'reference' | 'title' | 'titleFr' | 'languages' | 'location' | 'organisation' | 'schedule' | 'deadline' | 'closesAt' | 'salary' | 'clearance' |
  'positions' | 'posts' | 'minExperienceYears' | 'requirements' | 'languageRequirement' | 'contract'>> & {
  grades?: string[] | null;
  gradeLabel?: string;
};

const NSPA = 'NATO Support and Procurement Agency (NSPA)';
const month = (amount: number, currency: string) => ({ amount, currency, period: 'month' as const });

export const EXPECTED: Record<string, Expected> = {
  // "Vacancy ref.: NCIA/CS/0212_24", "Job Title:", "Duty Station:", "€8,112.45, tax free"; 30 March 2025 is summer time.
  'ncia-vacancy-ref-euro-symbol.txt': {
    reference: 'NCIA/CS/0212_24', title: 'Senior Cyber Security Engineer', location: 'The Hague, Netherlands',
    organisation: 'NATO Communications and Information Agency (NCIA)', deadline: '2025-03-30', closesAt: '2025-03-30T21:59:00.000Z',
    salary: month(8112.45, 'EUR'), gradeLabel: 'NATO Grade G17', grades: ['G17'], clearance: 'NS', minExperienceYears: 5,
  },
  // "Requisition #: NSPA-2025-0417", "NATO Grade: G15", "Sunday 21 September 2025", "7.012,34 EUR per month".
  'nspa-requisition-amount-before-code.txt': {
    reference: 'NSPA-2025-0417', title: 'Procurement Officer', location: 'Capellen, Luxembourg', organisation: NSPA,
    deadline: '2025-09-21', closesAt: '2025-09-21T21:59:00.000Z', salary: month(7012.34, 'EUR'), grades: ['G15'], clearance: null,
  },
  // "Job Number: ACT/SEC/2024_07", "GRADE: A-4/G-20", "Closing Date: 20.10.2019", "$9,876.50 (USD)"; ACT named in the body.
  'act-job-number-dollar-dotted-date.txt': {
    reference: 'ACT/SEC/2024_07', title: 'Section Head (Modelling and Simulation)', location: 'Norfolk, Virginia, United States',
    organisation: 'Allied Command Transformation (ACT)', deadline: '2019-10-20', closesAt: '2019-10-20T21:59:00.000Z',
    salary: month(9876.5, 'USD'), gradeLabel: 'A-4/G-20', grades: ['G20'], clearance: null,
  },
  // "Vacancy Number: B04/0125" is the reference; "Post Number: OJC XXXX 0010" is the post's number, not one.
  'jfcbs-vacancy-number-and-post-number.txt': {
    reference: 'B04/0125', title: 'Assistant (Finance)', location: 'Brunssum, The Netherlands',
    organisation: 'Joint Force Command Brunssum (JFCBS)', deadline: '2025-02-14', closesAt: '2025-02-14T22:59:00.000Z',
    salary: month(5244.12, 'EUR'), gradeLabel: 'B-4', grades: ['G10'], clearance: null,
  },
  // "Vacancy ref.: MARCOM_2023_41", "£5,604.10 (GBP), tax free", "Security Clearance: NATO SECRET".
  'marcom-pound-symbol-underscore-ref.txt': {
    reference: 'MARCOM_2023_41', title: 'Staff Officer (Logistics)', location: 'Northwood, United Kingdom',
    organisation: 'Allied Maritime Command (MARCOM)', deadline: '2024-01-12', closesAt: '2024-01-12T22:59:00.000Z',
    salary: month(5604.1, 'GBP'), gradeLabel: 'NATO Grade G15', grades: ['G15'], clearance: 'NS',
  },
  // "Vacancy Notice" heads the page, not a title; "NATO Grade: B-5"; the clearance only in "obtain a NATO SECRET security clearance".
  'agency-vacancy-notice-job-title.txt': {
    reference: 'B02/0314', title: 'Analyst (Financial Management Systems)', location: 'Brussels, Belgium', organisation: NSPA,
    deadline: '2012-05-11', closesAt: '2012-05-11T21:59:00.000Z', salary: null, gradeLabel: 'B-5', grades: ['G12'], clearance: 'NS',
    minExperienceYears: 4,
    requirements: { nationality: null, degree: { level: 'secondary', orEquivalent: false }, clearanceRule: 'hold-or-obtain' },
  },
  // "Post N° H-4/ Ref. No 2025_00100", "Closing date: 15 June 2025", "NATO Grade G17", "Minimum eight years' experience".
  'nspa-ref-no-short-page.txt': {
    reference: '2025_00100', organisation: NSPA, deadline: '2025-06-15', closesAt: '2025-06-15T21:59:00.000Z', salary: null,
    grades: ['G17'], minExperienceYears: 8,
  },
  // A competition for 3 positions, each post on a line with its own grade and post number; no grade in a header.
  'aircom-posts-with-post-numbers.txt': {
    reference: null, title: null, organisation: 'Allied Air Command (AIRCOM)', deadline: '2024-05-05', closesAt: '2024-05-05T21:59:00.000Z',
    salary: month(5260.65, 'EUR'), clearance: 'NS', minExperienceYears: 3, positions: 3,
    posts: [
      { title: 'Assistant (Operations)', grade: 'B-4/G10', code: 'OAC BXXX 0010' },
      { title: 'Assistant (Plans)', grade: 'B-4/G10', code: 'OAC BXXX 0020' },
      { title: 'Clerk (Registry)', grade: 'B-3/G8', code: 'OAC BXXX 0030' },
    ],
  },
  // The IS template in French only, under "NOTIFICATION DE VACANCE DE POSTE".
  'is-french-only-banner.txt': {
    reference: '251836', titleFr: 'Administratrice/Administrateur, Politique de défense', languages: ['fr'], location: 'Belgique-Bruxelles',
    organisation: 'OTAN SI', schedule: 'Temps plein', deadline: '2026-01-04', closesAt: '2026-01-04T22:59:00.000Z',
    salary: month(9253.21, 'EUR'), gradeLabel: 'NATO Grade G20', grades: ['G20'], clearance: 'NS', minExperienceYears: 6,
  },
  // "Application Deadline Ongoing": no deadline; "Grade C.3".
  'is-ongoing-deadline.txt': {
    reference: '180703', title: 'Close Protection Agent, Close Protection Unit', organisation: 'NATO International Staff (NATO IS)',
    deadline: null, closesAt: null, salary: month(2959.06, 'EUR'), gradeLabel: 'C.3', grades: ['G4'], clearance: 'CTS',
  },
  // "Closing Date: July 15, 2025" (summer time), "NOK 62,345.00"; the clearance only in "NATO SECRET security clearance.".
  'jwc-nok-written-us-date.txt': {
    reference: 'JWC-24-07', title: 'Engineer (Simulation)', location: 'Stavanger, Norway', organisation: 'Joint Warfare Centre (JWC)',
    deadline: '2025-07-15', closesAt: '2025-07-15T21:59:00.000Z', salary: month(62345, 'NOK'), gradeLabel: 'A-2/G-15', grades: ['G15'],
    clearance: 'NS', minExperienceYears: 2,
  },
  // "Vacancy Number: JFTC/02/2025", "15th July 2025", "PLN 14 512,30" (a space between thousands, a decimal comma), "B-3".
  'jftc-zloty-ordinal-date.txt': {
    reference: 'JFTC/02/2025', title: 'Training Assistant', location: 'Bydgoszcz, Poland', organisation: 'Joint Force Training Centre (JFTC)',
    deadline: '2025-07-15', closesAt: '2025-07-15T21:59:00.000Z', salary: month(14512.3, 'PLN'), gradeLabel: 'B-3', grades: ['G8'], clearance: null,
  },
  // "STAFF VACANCY IMS/013/2025" under "NATO UNCLASSIFIED"; 3 November 2025 is winter time.
  'ims-staff-vacancy-slash-ref.txt': {
    reference: 'IMS/013/2025', title: 'Staff Assistant', organisation: 'International Military Staff (IMS)', deadline: '2025-11-03',
    closesAt: '2025-11-03T22:59:00.000Z', salary: null, gradeLabel: 'B-4/G-10', grades: ['G10'],
  },
  // "1. POST CONTEXTThe …", "3. QUALIFICATIONSThe incumbent must have at least 3 years …": headings glued to their text.
  'aircom-glued-headings.txt': {
    reference: 'AC-2025-11', title: 'Analyst (Air Operations)', organisation: 'Allied Air Command (AIRCOM)', deadline: '2025-03-09',
    closesAt: '2025-03-09T22:59:00.000Z', salary: null, gradeLabel: 'NATO Grade G15', grades: ['G15'], minExperienceYears: 3,
  },
  // A job board's lines around the notice ("Apply now", "Similar jobs"); no reference anywhere.
  'board-around-nspa-notice.txt': {
    reference: null, title: 'Procurement Officer', organisation: NSPA, deadline: '2025-09-30', closesAt: '2025-09-30T21:59:00.000Z',
    salary: null, grades: ['G15'],
  },
  // "Job Number: 250777", "Duty location:", "USD 118,400 per year"; a Master's degree required.
  'diana-yearly-dollars-job-number.txt': {
    reference: '250777', title: 'Programme Manager, Challenge Programmes', location: 'Boston, United States',
    organisation: 'Defence Innovation Accelerator for the North Atlantic (DIANA)', deadline: '2025-10-12', closesAt: '2025-10-12T21:59:00.000Z',
    salary: { amount: 118400, currency: 'USD', period: 'year' }, grades: ['G17'], minExperienceYears: 7,
    requirements: { nationality: null, degree: { level: 'master', orEquivalent: false }, clearanceRule: null },
  },
  // "a competition for two vacant positions", no list of posts; 6 April 2025 is summer time.
  'shape-competition-for-two-positions.txt': {
    reference: '250412', title: 'Assistant (Registry)', location: 'Casteau/Mons, Belgium',
    organisation: 'Supreme Headquarters Allied Powers Europe (SHAPE)', deadline: '2025-04-06', closesAt: '2025-04-06T21:59:00.000Z',
    gradeLabel: 'B-3/G-8', grades: ['G8'], positions: 2,
  },
  // "15 January 2026, 12:00 hrs (CET)": noon in Brussels in winter, not a 23:59 close.
  'act-closing-time-with-zone.txt': {
    reference: '2025_ACT_0031', title: 'Analyst (Capability Development)', location: 'Norfolk, Virginia, United States',
    organisation: 'Allied Command Transformation (ACT)', deadline: '2026-01-15', closesAt: '2026-01-15T11:00:00.000Z',
    salary: month(8245, 'USD'), gradeLabel: 'A-2/G-15', grades: ['G15'],
  },
  // "Vacancy Number: ACT SEE 123/24 Closing Date: 21 November 2024": a reference in parts, then a label on its line.
  'act-see-reference-in-parts.txt': {
    reference: 'ACT SEE 123/24', title: 'Engineer (Software)', location: 'Norfolk, Virginia, United States',
    organisation: 'Allied Command Transformation (ACT)', deadline: '2024-11-21', closesAt: '2024-11-21T22:59:00.000Z',
    salary: month(7925, 'USD'), gradeLabel: 'NATO Grade G15', grades: ['G15'], clearance: null, minExperienceYears: 5,
  },
  // "Closing Date: 15 September 2025, 23:59 EDT": the notice's own zone, read as stated (New York, UTC−4 in summer).
  'act-closing-time-edt.txt': {
    reference: '2025_ACT_0107', title: 'Section Head (Capability Requirements)', location: 'Norfolk, Virginia, United States',
    organisation: 'Allied Command Transformation (ACT)', deadline: '2025-09-15', closesAt: '2025-09-16T03:59:00.000Z',
    salary: month(10214, 'USD'), gradeLabel: 'A-4/G-20', grades: ['G20'], clearance: 'NS', minExperienceYears: 10,
  },
  // "Vacancy ref.: JFC NP 02/2024" in parts; "ALLIED JOINT FORCE COMMAND NAPLES" in capitals; EUR with a USD figure for information.
  'jfcnp-spaced-reference-usd-and-eur.txt': {
    reference: 'JFC NP 02/2024', title: 'Senior Assistant (Budget)', location: 'Lago Patria (Naples), Italy',
    organisation: 'Joint Force Command Naples (JFCNP)', deadline: '2024-03-08', closesAt: '2024-03-08T22:59:00.000Z',
    salary: month(4877.53, 'EUR'), gradeLabel: 'B-5/G12', grades: ['G12'], clearance: null, minExperienceYears: 4,
  },
  // Only "Post Number: GK 25/017" (two capitals, then the parts); "4.118,77 € (tax free)"; the Geilenkirchen letterhead.
  'naewcf-post-number-only.txt': {
    reference: 'GK 25/017', title: 'Aircraft Maintenance Technician', location: 'Geilenkirchen, Germany',
    organisation: 'NATO Airborne Early Warning and Control Force (NAEW&CF)', deadline: '2025-06-12', closesAt: '2025-06-12T21:59:00.000Z',
    salary: month(4118.77, 'EUR'), gradeLabel: 'C-5/G7', grades: ['G7'], clearance: 'NS', minExperienceYears: 3,
  },
  // "Vacancy Number: JFCBS 01/25" in parts beside "Post Number: OJC XXXX 0210", the post's.
  'jfcbs-spaced-vacancy-number.txt': {
    reference: 'JFCBS 01/25', title: 'Assistant (Human Resources)', location: 'Brunssum, The Netherlands',
    organisation: 'Joint Force Command Brunssum (JFCBS)', deadline: '2025-02-28', closesAt: '2025-02-28T22:59:00.000Z',
    salary: month(4311.06, 'EUR'), gradeLabel: 'B-3', grades: ['G8'], clearance: null, minExperienceYears: 2,
  },
  // "Closing Date: October 3, 2025" (summer time in Brussels until 26 October), "USD 6,550.00 per month".
  'jfcnf-us-date-dollars.txt': {
    reference: 'JFCNF 04/2025', title: 'Staff Assistant (Plans)', location: 'Norfolk, Virginia, United States', organisation: 'Joint Force Command Norfolk (JFCNF)',
    deadline: '2025-10-03', closesAt: '2025-10-03T21:59:00.000Z', salary: month(6550, 'USD'), gradeLabel: 'B-4/G10', grades: ['G10'],
    clearance: 'NS', minExperienceYears: 4,
  },
  // "₺98.450,00, tax free" under "Basic Monthly Salary".
  'landcom-izmir-lira-symbol.txt': {
    reference: 'LANDCOM 25/03', title: 'Clerk (Registry)', location: 'Izmir, Türkiye', organisation: 'Allied Land Command (LANDCOM)',
    deadline: '2025-05-12', closesAt: '2025-05-12T21:59:00.000Z', salary: month(98450, 'TRY'), gradeLabel: 'B-2/G5', grades: ['G5'],
    clearance: null, minExperienceYears: 1,
  },
  // "Salary: EUR 8,273.12 per month (tax free)", "Security clearance: NATO SECRET." as a qualification.
  'nshq-mons-staff-officer.txt': {
    reference: 'NSHQ 2025/012', title: 'Staff Officer (Special Operations Training)', location: 'Mons, Belgium',
    organisation: 'NATO Special Operations Headquarters (NSHQ)', deadline: '2025-06-09', closesAt: '2025-06-09T21:59:00.000Z',
    salary: month(8273.12, 'EUR'), gradeLabel: 'A-3/G-17', grades: ['G17'], clearance: 'NS', minExperienceYears: 8,
  },
  // The body in capitals; "Application Closing Date: 30/04/2025"; "5.987,66 EUR (tax free)".
  'jallc-lisbon-vacancy-number.txt': {
    reference: 'JALLC 01/2025', title: 'Operational Research Analyst', location: 'Lisbon, Portugal',
    organisation: 'Joint Analysis and Lessons Learned Centre (JALLC)', deadline: '2025-04-30', closesAt: '2025-04-30T21:59:00.000Z',
    salary: month(5987.66, 'EUR'), gradeLabel: 'NATO Grade G15', grades: ['G15'], clearance: null, minExperienceYears: 3,
  },
  // A board's copy: no reference, no grade, no salary; the deadline at the end.
  'nif-board-copy-no-reference.txt': {
    reference: null, title: 'Investment Associate', organisation: 'NATO Innovation Fund (NIF)', deadline: '2026-01-31',
    closesAt: '2026-01-31T22:59:00.000Z', salary: null, grades: null, clearance: null, minExperienceYears: 3,
  },
  // "£6,250.00 per month, tax free"; 20 March 2026 is still winter time.
  'diana-london-pounds.txt': {
    reference: '260118', title: 'Programme Officer, Accelerator Network', location: 'London, United Kingdom',
    organisation: 'Defence Innovation Accelerator for the North Atlantic (DIANA)', deadline: '2026-03-20', closesAt: '2026-03-20T22:59:00.000Z',
    salary: month(6250, 'GBP'), gradeLabel: 'NATO Grade G15', grades: ['G15'], clearance: null, minExperienceYears: 5,
  },
  // Under the STO letterhead; "10 October 2025, 23:59 CEST" is the Brussels close; "(net of tax)".
  'cmre-la-spezia-cest.txt': {
    reference: '251077', title: 'Scientist (Underwater Acoustics)', location: 'La Spezia, Italy',
    organisation: 'Centre for Maritime Research and Experimentation (CMRE)', deadline: '2025-10-10', closesAt: '2025-10-10T21:59:00.000Z',
    salary: month(5873.24, 'EUR'), gradeLabel: 'A-2', grades: ['G15'], clearance: 'NS', minExperienceYears: 2,
  },
  'ncisg-signal-battalion.txt': {
    reference: 'NCISG-2025-09', title: 'Technician (Satellite Communications)', location: 'Wesel, Germany', organisation: 'NATO CIS Group (NCISG)',
    deadline: '2025-07-02', closesAt: '2025-07-02T21:59:00.000Z', salary: month(4002.71, 'EUR'), gradeLabel: 'C-4/G6', grades: ['G6'],
    clearance: null, minExperienceYears: 3,
  },
  // "BAM 4.350,00, tax free": convertible marks.
  'nhqsa-sarajevo-mark.txt': {
    reference: 'NHQSA/2025/02', title: 'Political Advisor Assistant', location: 'Sarajevo, Bosnia and Herzegovina',
    organisation: 'NATO Headquarters Sarajevo (NHQSa)', deadline: '2025-04-18', closesAt: '2025-04-18T21:59:00.000Z',
    salary: month(4350, 'BAM'), gradeLabel: 'B-5', grades: ['G12'], clearance: null, minExperienceYears: 2,
  },
  // The Force's letterhead; the agency it names further on is not the employer.
  'nagsf-sigonella-agency-named.txt': {
    reference: 'NAGSF 06/25', title: 'Logistics Officer', location: 'Sigonella, Italy', organisation: 'NATO Alliance Ground Surveillance Force (NAGSF)',
    deadline: '2025-08-01', closesAt: '2025-08-01T21:59:00.000Z', salary: month(6245.6, 'EUR'), gradeLabel: 'A-2/G15', grades: ['G15'],
    clearance: null, minExperienceYears: 4,
  },
  // NETMA's letterhead; NAHEMA only named in the summary.
  'netma-nahema-joint-notice.txt': {
    reference: 'NETMA 2025/14', title: 'Contracts Officer', location: 'Hallbergmoos, Germany',
    organisation: 'NATO Eurofighter and Tornado Management Agency (NETMA)', deadline: '2025-09-05', closesAt: '2025-09-05T21:59:00.000Z',
    salary: month(8402.5, 'EUR'), gradeLabel: 'A-3', grades: ['G17'], clearance: null, minExperienceYears: 6,
  },
  // French only, an agency's template: "Numéro de l'avis de vacance", "Grade OTAN", "Lieu d'affectation", "Date de clôture",
  // "Traitement mensuel de base : 6 467,30 EUR, net d'impôt", "Niveau d'habilitation : NATO SECRET"; the letterhead in capitals.
  'nspa-french-only-agency.txt': {
    reference: '250123', title: 'Acheteur/Acheteuse principal(e)', titleFr: 'Acheteur/Acheteuse principal(e)', languages: ['fr'],
    location: 'Capellen, Luxembourg', organisation: NSPA, deadline: '2025-03-14', closesAt: '2025-03-14T22:59:00.000Z',
    salary: month(6467.3, 'EUR'), gradeLabel: 'G15', grades: ['G15'], clearance: 'NS', minExperienceYears: 5,
    languageRequirement: { primary: 'V', secondary: 'II' },
  },
  // French only, a command's template: "Avis de vacance n° : SHAPE 25/117" in parts, "Poste n° : OSH XXXX 0030" the post's,
  // "lundi 3 mars 2025 à 23h59 (heure de Bruxelles)" (winter time), "4 565,36 € net d'impôt", "Habilitation de sécurité".
  'shape-french-command-post-number.txt': {
    reference: 'SHAPE 25/117', title: 'Assistant(e) (Registre)', titleFr: 'Assistant(e) (Registre)', languages: ['fr'],
    location: 'Casteau/Mons, Belgique', organisation: 'Supreme Headquarters Allied Powers Europe (SHAPE)', deadline: '2025-03-03',
    closesAt: '2025-03-03T22:59:00.000Z', salary: month(4565.36, 'EUR'), gradeLabel: 'B-4/G10', grades: ['G10'], clearance: 'NS',
    minExperienceYears: 4,
  },
  // French only: "Référence de l'avis : NDC 04/2025", "30/04/2025", "Traitement de base mensuel", "NATO CONFIDENTIEL".
  'ndc-french-numeric-date.txt': {
    reference: 'NDC 04/2025', title: 'Assistant(e) administratif(ve)', titleFr: 'Assistant(e) administratif(ve)', languages: ['fr'],
    location: 'Rome, Italie', organisation: 'NATO Defense College (NDC)', deadline: '2025-04-30', closesAt: '2025-04-30T21:59:00.000Z',
    salary: month(3987.1, 'EUR'), gradeLabel: 'B-3', grades: ['G8'], clearance: 'NC', minExperienceYears: 2,
  },
  // French only: "Titre du poste", "8 273,12 € (net d'impôt)", "COSMIC TRÈS SECRET"; "Type de contrat" is no header fact;
  // "CONTRAT": three years, renewable for three, six at most.
  'ncia-french-only-cosmic.txt': {
    reference: 'NCIA/ACQ/25/07', title: 'Ingénieur(e) principal(e), cyberdéfense', titleFr: 'Ingénieur(e) principal(e), cyberdéfense',
    languages: ['fr'], location: 'Mons, Belgique', organisation: 'NATO Communications and Information Agency (NCIA)', deadline: '2025-06-02',
    closesAt: '2025-06-02T21:59:00.000Z', salary: month(8273.12, 'EUR'), gradeLabel: 'A-3/G17', grades: ['G17'], clearance: 'CTS',
    minExperienceYears: 7, contract: { initialYears: 3, renewableYears: 3, maxYears: 6 },
  },
  // The command template with its other spellings: "Post:", "Vacancy No.: AC 23/011" beside the post's number,
  // "Duty Location:", "Closing date for applications:", "Basic monthly salary (tax free):", "Number of posts: 2",
  // "Security Clearance Required: NATO SECRET"; "NATO Civilian Vacancy" heads the page and is no title.
  'aircom-civilian-vacancy-lowercase-labels.txt': {
    reference: 'AC 23/011', title: 'Assistant (Finance)', location: 'Ramstein, Germany', organisation: 'Allied Air Command (AIRCOM)',
    deadline: '2023-03-15', closesAt: '2023-03-15T22:59:00.000Z', salary: month(4865.33, 'EUR'), gradeLabel: 'B-4', grades: ['G10'],
    clearance: 'NS', positions: 2, minExperienceYears: 3,
  },
  // "Organisation:" first (an English word as much as a French one), "Vacancy Reference:", the salary in a sentence.
  'nspa-organisation-label-prose-salary.txt': {
    reference: '250412', title: 'Procurement Officer', languages: ['en'], location: 'Capellen, Luxembourg', organisation: NSPA,
    deadline: '2025-10-15', closesAt: '2025-10-15T21:59:00.000Z', salary: month(6467.3, 'EUR'), gradeLabel: 'NATO Grade G15', grades: ['G15'],
    clearance: 'NS', minExperienceYears: 4,
  },
  // The letterhead (body, then "Capellen, Luxembourg") above the title; "VACANCY NOTICE 250412" holds the reference; "Basic monthly salary: 6,467.30 EUR, tax free" after a paragraph; 03/02/2026 is day first.
  'nspa-vacancy-notice-number-salary-in-prose.txt': {
    reference: '250412', title: 'Procurement Officer', location: 'Capellen, Luxembourg', organisation: NSPA, deadline: '2026-02-03', closesAt: '2026-02-03T22:59:00.000Z',
    salary: month(6467.3, 'EUR'), gradeLabel: 'G15', grades: ['G15'], clearance: 'NC',
  },
  // "Vacancy:" is the title's label; "Post Number:" the only reference; "4 years of experience" under the essential qualifications.
  'shape-vacancy-label-years-of-experience.txt': {
    reference: 'SHAPE CCD CSP 0030', title: 'Staff Officer (Cyber Security)', location: 'Mons, Belgium', organisation: 'Supreme Headquarters Allied Powers Europe (SHAPE)',
    deadline: '2026-02-02', closesAt: '2026-02-02T22:59:00.000Z', salary: null, gradeLabel: 'A-3', grades: ['G17'], clearance: 'NS',
    minExperienceYears: 4,
  },
  // "Position:" is the title's label; "£6,543 per month (tax free)"; "15 Feb 2026, 23:59 GMT" is 23:59 UTC in winter.
  'diana-position-label-pounds-gmt.txt': {
    reference: 'DIANA-2025-014', title: 'Programme Manager, Energy Resilience', location: 'London, United Kingdom',
    organisation: 'Defence Innovation Accelerator for the North Atlantic (DIANA)', deadline: '2026-02-15', closesAt: '2026-02-15T23:59:00.000Z',
    salary: month(6543, 'GBP'), gradeLabel: 'G18', grades: ['G18'], clearance: null,
  },
  // "Monthly basic salary: NOK 85.432 (tax free)": the label says the period, the dot groups thousands.
  'jwc-monthly-basic-salary-nok.txt': {
    reference: 'JWC 2025/07', title: 'Training Analyst', location: 'Stavanger, Norway', organisation: 'Joint Warfare Centre (JWC)',
    deadline: '2026-01-28', closesAt: '2026-01-28T22:59:00.000Z', salary: month(85432, 'NOK'), gradeLabel: 'NATO Grade G16', grades: ['G16'],
  },
  // A web page's labels on one line between bars: "Vacancy Number: 250777 | Grade: NATO Grade A4 | Location: Mons, Belgium | Closing date: 15 March 2026".
  'ncia-labels-between-bars.txt': {
    reference: '250777', title: 'Principal Cyber Security Engineer', location: 'Mons, Belgium', organisation: 'NATO Communications and Information Agency (NCIA)',
    deadline: '2026-03-15', closesAt: '2026-03-15T22:59:00.000Z', salary: month(9123.45, 'EUR'), gradeLabel: 'NATO Grade A4', grades: ['G20'], clearance: 'NS',
  },
  // A job board's copy: no reference, the grade and "a basic monthly salary of 8,271.21 EUR, tax free" in a sentence, the clearance in another.
  'board-copy-salary-in-a-sentence.txt': {
    reference: null, title: 'Legal Adviser', organisation: 'NATO International Staff (NATO IS)', deadline: '2026-02-12', closesAt: '2026-02-12T22:59:00.000Z',
    salary: month(8271.21, 'EUR'), gradeLabel: 'NATO Grade G18', grades: ['G18'], clearance: 'NS',
  },
  // One paragraph and no label: "(Grade A2)", "NATO SECRET security clearance", "submitted by 20 February 2026", "The basic monthly salary is 7,012.34 EUR".
  'nspa-one-paragraph-grade-in-brackets.txt': {
    reference: null, organisation: NSPA, deadline: '2026-02-20', closesAt: '2026-02-20T22:59:00.000Z', salary: month(7012.34, 'EUR'), grades: ['G15'], clearance: 'NS',
  },
  // "12:00 hrs (noon) Rome time on 20 March 2026": the time before its date, in the duty station's clock (CET in March: 11:00 UTC).
  'ndc-noon-rome-time-before-the-date.txt': {
    reference: 'NDC 02/26', title: 'Faculty Adviser', location: 'Rome, Italy', organisation: 'NATO Defense College (NDC)',
    deadline: '2026-03-20', closesAt: '2026-03-20T11:00:00.000Z', gradeLabel: 'A-4', grades: ['G20'],
  },
  // The body's name above the title line; published and interview dates in sentences, the close in "must be submitted by 1 March 2026 (23:59 Brussels time)".
  'is-letterhead-title-dates-in-sentences.txt': {
    reference: null, title: 'Officer (Cyber Policy)', organisation: 'NATO International Staff (NATO IS)', deadline: '2026-03-01',
    closesAt: '2026-03-01T22:59:00.000Z', gradeLabel: 'NATO Grade G17', grades: ['G17'],
  },
  // A board's "… - job post" after the title and its own pay line ("Pay: $8,500 a month", not the notice's); "Post Number: ACT SEE 0420".
  'board-copy-job-post-suffix-post-number.txt': {
    reference: 'ACT SEE 0420', title: 'Staff Officer Plans', organisation: 'Allied Command Transformation (ACT)', deadline: '2026-03-01',
    closesAt: '2026-03-01T22:59:00.000Z', gradeLabel: 'A-3', grades: ['G17'],
  },
  // "Basic salary: €3.456,78 per month, tax-free": a label with a word before "salary", an amount in the continental style.
  'jfcbs-basic-salary-european-amount.txt': {
    reference: 'JFCBS 01/26', title: 'Assistant (Finance)', location: 'Brunssum, The Netherlands', organisation: 'Joint Force Command Brunssum (JFCBS)',
    deadline: '2026-01-20', closesAt: '2026-01-20T22:59:00.000Z', salary: month(3456.78, 'EUR'), gradeLabel: 'B-4', grades: ['G10'], clearance: null,
  },
  // An agency's notice in English then French, each half with its own header and no title line: the French
  // half starts at its header, whose "Intitulé du poste" is the French title.
  'nspa-bilingual-french-header-no-title-line.txt': {
    reference: '250777', title: 'Logistics Assistant', titleFr: 'Assistant(e) logistique', languages: ['en', 'fr'],
    location: 'Capellen, Luxembourg', organisation: NSPA, deadline: '2025-06-20', closesAt: '2025-06-20T21:59:00.000Z',
    salary: month(5118.24, 'EUR'), gradeLabel: 'B-4', grades: ['G10'], clearance: null, minExperienceYears: 4,
  },
  // Every label in capitals ("VACANCY NUMBER:", "JOB TITLE:", "DUTY STATION:", "CLOSING DATE:", "SECURITY CLEARANCE:"),
  // under a letterhead in capitals.
  'ncia-labels-in-capitals.txt': {
    reference: 'NCIA/ACQ/25/31', title: 'Principal Contracting Officer', location: 'The Hague, Netherlands',
    organisation: 'NATO Communications and Information Agency (NCIA)', deadline: '2025-12-12', closesAt: '2025-12-12T22:59:00.000Z',
    salary: month(10106.44, 'EUR'), gradeLabel: 'A-4/G20', grades: ['G20'], clearance: 'NS', positions: 2, minExperienceYears: 8,
  },
  // The IMS template in French only: "AVIS DE VACANCE N° IMS/021/2025", "DIVISION :" (a word of both languages), "TITRE :",
  // "LIEU D'AFFECTATION :" in capitals, "Date limite de réception des candidatures"; levels V and I.
  'ims-french-only-staff-vacancy.txt': {
    reference: 'IMS/021/2025', title: 'Assistant(e) de gestion', titleFr: 'Assistant(e) de gestion', languages: ['fr'],
    location: 'Bruxelles, Belgique', organisation: 'International Military Staff (IMS)', deadline: '2025-09-30',
    closesAt: '2025-09-30T21:59:00.000Z', salary: null, gradeLabel: 'B-4/G-10', grades: ['G10'], clearance: null, minExperienceYears: 3,
    languageRequirement: { primary: 'V', secondary: 'I' },
  },
  // A board's interface around the notice (skip link, "Header", a language banner, an Italian button, chips): none is the title.
  'board-chrome-skip-link-language-banner.txt': {
    reference: null, title: 'Legal Adviser', location: 'Brussels, Belgium', organisation: 'NATO International Staff (NATO IS)',
    deadline: '2025-04-14', closesAt: '2025-04-14T21:59:00.000Z', gradeLabel: 'NATO Grade G18', grades: ['G18'], minExperienceYears: 5,
  },
  // The same shape on a French board: "Aller au contenu principal", "En-tête", "Sur site", "Temps plein".
  'board-chrome-french-interface.txt': {
    reference: null, titleFr: 'Assistante/Assistant (Finances)', languages: ['fr'], location: 'Mons, Belgique',
    organisation: 'Supreme Headquarters Allied Powers Europe (SHAPE)', deadline: '2025-05-12', closesAt: '2025-05-12T21:59:00.000Z',
    gradeLabel: 'B-4', grades: ['G10'], minExperienceYears: 3,
  },
  // "Point of Contact: …, tel. +352 4303-664021": a phone number, not a reference; the notice prints none.
  'board-point-of-contact-phone.txt': {
    reference: null, title: 'Logistics Officer', location: 'Capellen, Luxembourg', organisation: NSPA, deadline: '2025-03-03',
    closesAt: '2025-03-03T22:59:00.000Z', grades: ['G15'], minExperienceYears: 4,
  },
  // A portal copy: the title twice in one run, the location's label dropped, every label glued to the value before it.
  'portal-copy-glued-labels-title-twice.txt': {
    reference: '200775', title: 'Junior Officer', location: 'Belgium-Brussels', organisation: 'International Military Staff (NATO IMS)',
    schedule: 'Full-time', deadline: '2024-03-17', salary: month(5107.59, 'EUR'), gradeLabel: 'NATO Grade G10', grades: ['G10'], minExperienceYears: 2,
  },
  // The French portal page in the same shape ("Belgique-BruxellesOrganisation …Horaire Temps pleinDate de retrait …").
  'portal-copy-french-glued-labels.txt': {
    reference: '200776', titleFr: 'Officier subalterne', location: 'Belgique-Bruxelles', organisation: 'État-major militaire international (EMI OTAN)',
    schedule: 'Temps plein', deadline: '2024-03-18', salary: month(5107.59, 'EUR'), grades: ['G10'], minExperienceYears: 2,
  },
  // A PDF header with every label run together; "NATO Grade: 24"; "(12 x per year)" is how often the monthly salary is paid.
  'shape-pdf-header-labels-run-together.txt': {
    reference: 'G75/25', title: 'Director, Cyber Defence', organisation: 'Supreme Headquarters Allied Powers Europe (SHAPE)',
    deadline: '2025-09-21', closesAt: '2025-09-21T21:59:00.000Z', salary: month(13914.54, 'EUR'), grades: ['G24'], minExperienceYears: 10,
  },
  // The same in French: "Numéro de l'avis de vacance : G76/25Poste n° : …Grade OTAN : 22Traitement mensuel de base (12 x par an) : …".
  'shape-pdf-french-header-labels-run-together.txt': {
    reference: 'G76/25', titleFr: 'Chef, Politique cyber', languages: ['fr'], organisation: 'Supreme Headquarters Allied Powers Europe (SHAPE)',
    deadline: '2025-09-21', closesAt: '2025-09-21T21:59:00.000Z', salary: month(11502.4, 'EUR'), grades: ['G22'], minExperienceYears: 8,
  },
  // "NATO Body HQ NAEW&C Force GK" kept as printed; "NATO SSS Grade G15 (ABCL A2)" (A2 is G15 too).
  'naewcf-body-kept-as-printed.txt': {
    reference: '251410', title: 'Technician (Aircraft Systems)', location: 'Germany-Geilenkirchen', organisation: 'HQ NAEW&C Force GK',
    schedule: 'Full-time', deadline: '2026-01-12', salary: month(4812.33, 'EUR'), grades: ['G15'], minExperienceYears: 3,
  },
  // NSPA's own shape: "H-4: Principal Support Officer", "Post N° H-4/ Ref. No 2025_00100", "NATO GRADE 22", requirements as dashes.
  'nspa-post-code-title-dash-requirements.txt': {
    reference: '2025_00100', title: 'Principal Support Officer', organisation: NSPA, deadline: '2025-06-15', closesAt: '2025-06-15T21:59:00.000Z',
    salary: null, grades: ['G22'], minExperienceYears: 8,
  },
  // The same in French: "H-5 : …", "Poste n° H-5/ Réf. n° 2025_00101", "Grade OTAN : 22".
  'nspa-french-post-code-title.txt': {
    reference: '2025_00101', titleFr: 'Administratrice/Administrateur principal(e) des achats', languages: ['fr'], organisation: NSPA,
    deadline: '2025-06-15', closesAt: '2025-06-15T21:59:00.000Z', salary: null, grades: ['G22'], minExperienceYears: 8,
  },
  // The IMS form flattened: a table's header and cells on two lines (no title can be told from them), "VACANCY N : 160033".
  'ims-flattened-table-vacancy-n.txt': {
    reference: '160033', title: null, location: 'NATO Headquarters, Brussels, Belgium', organisation: 'International Military Staff (IMS)',
    deadline: '2016-02-05', closesAt: '2016-02-05T22:59:00.000Z',
  },
  // "two grade G17 posts and one G15/17 post" is 3 positions; "Close on 9 Apr 2023".
  'jfcnp-counts-in-words-same-grade-on-posts.txt': {
    reference: 'JFCNP 07/2025', organisation: 'Joint Force Command Naples (JFCNP)', location: 'Naples, Italy', deadline: '2023-04-09',
    closesAt: '2023-04-09T21:59:00.000Z', positions: 3, minExperienceYears: 5,
  },
  // Every post of the competition marked "(G20)", no Grade line: the grade is G20; "Application Deadline: March 17, 2024".
  'act-competition-same-grade-every-post.txt': {
    reference: 'ACT/CAP/2024_03', organisation: 'Allied Command Transformation (ACT)', location: 'Norfolk, Virginia, United States',
    deadline: '2024-03-17', closesAt: '2024-03-17T22:59:00.000Z', grades: ['G20'], positions: 3, minExperienceYears: 8,
  },
  // The older portal's "Organizational Element"; the grade only in the title, a twin "B3-B4".
  'is-organizational-element-older-label.txt': {
    reference: '160515', title: 'Assistant B3-B4', location: 'Belgium-Brussels', organisation: 'NATO International Staff', schedule: 'Full-time',
    deadline: '2016-07-04', grades: ['G8', 'G10'], minExperienceYears: 2,
  },
};
