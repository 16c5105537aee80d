import { OFFICER_DEFENCE_POLICY } from '../../test/expected/251836';
import { englishWarning } from '../../test/unit/template-english';
import { describe, expect, it } from 'vitest';
import type { ParsedVacancy } from '../record/vacancy-record';
import { ParsedVacancySchema } from '../record/vacancy-record';
import type { ParseOptions } from './parse-notice';
import { parseNotice } from './parse-notice';
import { refusalLine } from '../../test/unit/english-reason';

// Short real-shaped notices: each format feature on its own, read end to end.

const BODY = `1. SUMMARY
The Defence Policy and Planning (DPP) Division has the lead role on the defence-related aspects of NATO's fundamental security tasks.
2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
- possess at least 6 years of relevant work experience in defence policy development;
- possess the following minimum levels of NATO's official languages (English/French): V ("Advanced") in one; I ("Beginner") in the other;`;

function read(text: string, options?: ParseOptions): ParsedVacancy {
  const result = parseNotice(text, options);
  if (!result.ok) throw new Error(refusalLine(result.reason));
  expect(ParsedVacancySchema.safeParse(result.record).success).toBe(true);
  return result.record;
}

function withHeader(header: string, body = BODY): string {
  return `Officer, Defence Policy - 251836\n${header}\nDescription:\n${body}`;
}

describe('header labels, with and without colons, glued to the next label', () => {
  it.each([
    ['colons', 'Primary Location: Belgium-Brussels\nNATO Body: NATO International Staff (NATO IS)\nSchedule: Full-time\nApplication Deadline: 4-Jan-2026\nSalary (Pay Basis): 9,253.21 (EUR) Monthly\nGrade NATO Grade G20\nClearance Level NS'],
    ['portal text', 'Primary Location Belgium-Brussels\nNATO Body NATO International Staff (NATO IS)\nSchedule Full-time\nApplication Deadline 4-Jan-2026\nSalary (Pay Basis) : 9,253.21Euro (EUR) Monthly\nGrade NATO Grade G20\nClearance Level NS'],
    ['glued', 'Primary LocationBelgium-BrusselsNATO BodyNATO International Staff (NATO IS)ScheduleFull-timeApplication Deadline4-Jan-2026Salary (Pay Basis) : 9,253.21Euro (EUR) MonthlyGradeNATO Grade G20Clearance LevelNS'],
    ['glued after spaces', 'Primary Location Belgium-BrusselsNATO Body NATO International Staff (NATO IS)Schedule Full-timeApplication Deadline 4-Jan-2026 Salary (Pay Basis): 9,253.21 (EUR) Monthly Grade NATO Grade G20 Clearance Level NS'],
    ['value on the next line', 'Primary Location\nBelgium-Brussels\nNATO Body\nNATO International Staff (NATO IS)\nSchedule\nFull-time\nApplication Deadline\n4-Jan-2026\nSalary (Pay Basis)\n9,253.21 (EUR) Monthly\nGrade\nNATO Grade G20\nClearance Level\nNS'],
  ])('%s', (_shape, header) => {
    const record = read(withHeader(header));
    expect(record).toMatchObject(OFFICER_DEFENCE_POLICY);
  });

  it('keeps a NATO body whose name contains a French label word', () => {
    const record = read(withHeader('Primary Location Luxembourg-Capellen\nNATO Body NATO Support and Procurement Organisation (NSPO)\nApplication Deadline 4-Jan-2026\nGrade NATO Grade G15'));
    expect(record.organisation).toBe('NATO Support and Procurement Organisation (NSPO)');
  });
});

describe('title lines', () => {
  it.each([
    ['Officer, Defence Policy - 251836', 'Officer, Defence Policy', '251836'],
    ['Officer, Plans – 260334', 'Officer, Plans', '260334'],
    ['Officer, Defence Planning (250138)', 'Officer, Defence Planning', '250138'],
    ['Job Description - Buyer (261340)\nBuyer-261340', 'Buyer', '261340'],
    ['Head NATO Affairs and Security Policy Section (1 post) & Head\nMultilateral Organisations Section (1 post) (250875)', 'Head NATO Affairs and Security Policy Section (1 post) & Head Multilateral Organisations Section (1 post)', '250875'],
    ['### Assistant Secretary General, Defence Policy and Planning (250443)', 'Assistant Secretary General, Defence Policy and Planning', '250443'],
    ['Chef, Section Affaires OTAN et politique de sécurité (1 poste) & Chef,\nSection Organisations multilatérales (1 poste) (250875)', 'Chef, Section Affaires OTAN et politique de sécurité (1 poste) & Chef, Section Organisations multilatérales (1 poste)', '250875'],
    ['Officer, Capability Development and\nSpace Policy - 251999', 'Officer, Capability Development and Space Policy', '251999'],
    ['Careers Section Home\nOfficer, Defence Policy - 251836', 'Officer, Defence Policy', '251836'],
  ])('%j', (titleLines, title, reference) => {
    const record = read(`VACANCY NOTIFICATION/ NOTIFICATION DE LA VACANCE DU POSTE\n${titleLines}\nPrimary Location: Belgium-Brussels\nApplication Deadline: 4-Jan-2026\nGrade NATO Grade G20\nDescription:\n${BODY}`);
    expect(record.title).toBe(title);
    expect(record.reference).toBe(reference);
  });

  it('counts the posts a two-post title names', () => {
    const record = read(`Head A Section (1 post) & Head B Section (1 post) (250875)\nApplication Deadline: 18-Jun-2025\nGrade NATO Grade G22\nDescription:\n${BODY}`);
    expect(record.positions).toBe(2);
  });
});

describe('French header and dates', () => {
  it.each([
    ['4-janv.-2026', '2026-01-04', '2026-01-04T22:59:00.000Z'],
    ['4-jan.-2026', '2026-01-04', '2026-01-04T22:59:00.000Z'],
    ['12-févr.-2026', '2026-02-12', '2026-02-12T22:59:00.000Z'],
    ['02-mars-2025', '2025-03-02', '2025-03-02T22:59:00.000Z'],
    ['06-avr.-2025', '2025-04-06', '2025-04-06T21:59:00.000Z'],
    ['6-avr-2026', '2026-04-06', '2026-04-06T21:59:00.000Z'],
    ['15-mai-2026', '2026-05-15', '2026-05-15T21:59:00.000Z'],
    ['18-juin-2025', '2025-06-18', '2025-06-18T21:59:00.000Z'],
    ['3-juil.-2026', '2026-07-03', '2026-07-03T21:59:00.000Z'],
    ['20-août-2026', '2026-08-20', '2026-08-20T21:59:00.000Z'],
    ['9-sept.-2026', '2026-09-09', '2026-09-09T21:59:00.000Z'],
    ['11-oct.-2026', '2026-10-11', '2026-10-11T21:59:00.000Z'],
    ['30-nov.-2026', '2026-11-30', '2026-11-30T22:59:00.000Z'],
    ['31-déc.-2026', '2026-12-31', '2026-12-31T22:59:00.000Z'],
  ])('Date de retrait : %s', (printed, deadline, closesAt) => {
    const text = `Administratrice/Administrateur, Politique de défense - 251836
Emplacement principal : Belgique-Bruxelles
Organisation : OTAN SI
Horaire : Temps plein
Date de retrait : ${printed}
Salaire (Base de paie) : 9 253,21Euro (EUR) Mensuelle
Grade NATO Grade G20
Niveau de l'habilitation de sécurité NS
Description :
1. RÉSUMÉ
La Division Politique et plans de défense (DPP) est responsable au premier chef des aspects « défense » des missions de sécurité fondamentales de l'OTAN.`;
    const record = read(text);
    expect(record).toMatchObject({
      title: 'Administratrice/Administrateur, Politique de défense',
      titleFr: 'Administratrice/Administrateur, Politique de défense',
      languages: ['fr'],
      location: 'Belgique-Bruxelles',
      organisation: 'OTAN SI',
      schedule: 'Temps plein',
      deadline,
      closesAt,
      salary: { amount: 9253.21, currency: 'EUR', period: 'month' },
      clearance: 'NS',
    });
    expect(record.warnings.map(englishWarning)).toContain('title: no English half; title and header read from the French half');
  });
});

describe('a date and time shown in the page zone', () => {
  it.each([
    ['11-Oct-2026, 9:59:00 PM', 'GMT+00:00', '2026-10-11', '2026-10-11T21:59:00.000Z'],
    ['11-Oct-2026, 11:59:00 PM', 'GMT+02:00', '2026-10-11', '2026-10-11T21:59:00.000Z'],
    ['11-Oct-2026, 11:59:00 PM', 'Europe/Brussels', '2026-10-11', '2026-10-11T21:59:00.000Z'],
    // Late October: the same 23:59 Brussels close reads 10:59 PM in a UTC browser after the change.
    ['24-Oct-2026, 9:59:00 PM', 'GMT+00:00', '2026-10-24', '2026-10-24T21:59:00.000Z'],
    ['25-Oct-2026, 10:59:00 PM', 'GMT+00:00', '2026-10-25', '2026-10-25T22:59:00.000Z'],
    ['25-Oct-2026, 11:59:00 PM', 'Europe/Brussels', '2026-10-25', '2026-10-25T22:59:00.000Z'],
    // Late March: summer time starts on 29 March 2026.
    ['28-Mar-2026, 10:59:00 PM', 'UTC', '2026-03-28', '2026-03-28T22:59:00.000Z'],
    ['29-Mar-2026, 9:59:00 PM', 'UTC', '2026-03-29', '2026-03-29T21:59:00.000Z'],
    ['29-Mar-2026, 11:59:00 PM', 'Europe/Brussels', '2026-03-29', '2026-03-29T21:59:00.000Z'],
    // A viewer far east of Brussels is shown the next date; the deadline is the Brussels day.
    ['12-Oct-2026, 6:59:00 AM', 'Asia/Tokyo', '2026-10-11', '2026-10-11T21:59:00.000Z'],
    ['11-Oct-2026, 5:59:00 PM', 'America/New_York', '2026-10-11', '2026-10-11T21:59:00.000Z'],
  ])('%s in %s', (shown, pageTimeZone, deadline, closesAt) => {
    const record = read(withHeader(`Primary Location Germany-Wesel\nNATO Body Joint Force Command Brunssum (JFCBS)\nApplication Deadline ${shown}\nGrade NATO Grade G10`), { pageTimeZone });
    expect(record.deadline).toBe(deadline);
    expect(record.closesAt).toBe(closesAt);
    expect(record.warnings.map(englishWarning).filter((w) => w.startsWith('closesAt'))).toEqual([]);
  });

  it('takes the 23:59 Brussels close the time can show, with a warning, when the page zone is unknown', () => {
    const record = read(withHeader('Application Deadline 11-Oct-2026, 9:59:00 PM\nGrade NATO Grade G10'));
    expect(record.closesAt).toBe('2026-10-11T21:59:00.000Z');
    expect(record.warnings.map(englishWarning)).toContain('closesAt: the page time zone is unknown; the time shown (21:59:00) was taken as the 23:59 Brussels close of 2026-10-11');
  });

  it('treats a zone name it cannot read as unknown', () => {
    const record = read(withHeader('Application Deadline 11-Oct-2026, 9:59:00 PM\nGrade NATO Grade G10'), { pageTimeZone: 'Mars/Olympus' });
    expect(record.closesAt).toBe('2026-10-11T21:59:00.000Z');
    expect(record.warnings.map(englishWarning)).toContain('closesAt: the page time zone is unknown; the time shown (21:59:00) was taken as the 23:59 Brussels close of 2026-10-11');
  });

  it('pasted text copied east of Brussels: the next date shown, the real close kept', () => {
    // 23:59 Brussels (21:59 UTC in October) is 00:59 the next day in Athens; no zone in the text.
    const record = read(withHeader('Application Deadline 12-Oct-2026, 12:59:00 AM\nGrade NATO Grade G10'));
    expect(record.deadline).toBe('2026-10-11');
    expect(record.closesAt).toBe('2026-10-11T21:59:00.000Z');
  });
});

describe('grade notations in the header', () => {
  it.each([
    ['NATO Grade G20', ['G20']],
    ['NATO Grade G17-G20', ['G17', 'G20']],
    ['G15/G17', ['G15', 'G17']],
    ['A.6', ['G23']],
    ['A.2 / NATO Grade G15', ['G15']],
    ['B-4/G-10', ['G10']],
    ['Unclassified', []],
    ['TEMP', []],
  ])('Grade %s', (printed, grades) => {
    const record = read(withHeader(`Application Deadline: 4-Jan-2026\nGrade ${printed}\nClearance Level NS`));
    expect(record.grade).toEqual({ label: printed, grades });
    expect(record.clearance).toBe('NS');
  });

  it('warns when clearance is omitted (some bodies do)', () => {
    const record = read(withHeader('Application Deadline: 4-Jan-2026\nGrade NATO Grade G15'));
    expect(record.clearance).toBeNull();
    expect(record.warnings.map(englishWarning)).toContain('clearance: not stated');
  });
});
