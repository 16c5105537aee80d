import { describe, expect, it } from 'vitest';
import { csvWords, neutraliseFormula, quoteCsvCell, UTF8_BOM, vacanciesToCsv } from './csv-report';
import { translator } from '../i18n';
import { headsNaspInProgress, storedVacancy } from '../../test/unit/record-factory';

/** A small RFC 4180 reader, so the tests check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 1);
    } else cell += char;
  }
  return rows;
}

describe('formula neutralising', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+32 2 707', `'+32 2 707`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['Officer, Plans', 'Officer, Plans'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

describe('RFC 4180 quoting', () => {
  it.each([
    ['plain', 'plain'],
    ['Officer, Plans', '"Officer, Plans"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
  ])('%j → %j', (cell, expected) => {
    expect(quoteCsvCell(cell)).toBe(expected);
  });
});

describe('vacanciesToCsv', () => {
  const record = storedVacancy({ ...headsNaspInProgress, notes: '=cmd|"/c calc"!A1, then\r\nsecond line', status: 'submitted' });
  const csv = vacanciesToCsv([record, storedVacancy({ ...headsNaspInProgress, reference: '251836', essay: null, salary: null, notes: '' })]);

  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells, every line break is CRLF: three rows give three CRLF terminators.
    expect(parseCsv(csv.slice(1))).toHaveLength(3);
  });

  it('has the header row and one row per vacancy with the report columns', () => {
    const [header, first, second] = parseCsv(csv.slice(1));
    expect(header).toEqual([
      'Reference',
      'Title',
      'NATO body',
      'Location',
      'Grade',
      'Salary',
      'Currency',
      'Application deadline',
      'Closing time (UTC)',
      'Status',
      'Essay',
      'Essay page limit',
      'Notes',
      'Updated (UTC)',
      'Documents ready',
      'Answers',
      'Dated steps',
    ]);
    expect(first).toEqual([
      '250875',
      'Head NATO Affairs and Security Policy Section',
      'NATO International Staff (NATO IS)',
      'Belgium-Brussels',
      'NATO Grade G22',
      '10742.69',
      'EUR',
      '2025-06-18',
      '2025-06-18T21:59:00.000Z',
      'Submitted',
      'yes',
      '1',
      `'=cmd|"/c calc"!A1, then\r\nsecond line`,
      '2025-06-01T10:00:00.000Z',
      '',
      '',
      '',
    ]);
    expect(second?.slice(5, 7)).toEqual(['', '']);
    expect(second?.slice(10, 13)).toEqual(['no', '', '']);
  });

  it('names its columns with the field labels in the UI language, yes/no too', () => {
    const [header, row] = parseCsv(vacanciesToCsv([record], csvWords(translator('fr'))).slice(1));
    expect(header).toEqual([
      'Référence',
      'Intitulé',
      'Organisme OTAN',
      'Lieu',
      'Grade',
      'Salaire',
      'Devise',
      'Date limite de candidature',
      'Heure de clôture (UTC)',
      'Statut',
      'Essai',
      'Nombre maximal de pages de l’essai',
      'Notes',
      'Mis à jour (UTC)',
      'Documents prêts',
      'Réponses',
      'Étapes datées',
    ]);
    expect(row?.[10]).toBe('oui');
    // The status in words, not its key ("applied").
    expect(row?.[9]).toBe('Candidature envoyée');
  });

  it('holds the checklist ticks and each vacancy\'s drafts, question by question', () => {
    const ticked = storedVacancy({ ...headsNaspInProgress, documentsReady: ['essay', 'cv'] });
    const drafts = [
      { reference: '250875', id: 'b', position: 1, question: 'Degree?', limit: null, draft: '=MA, Leiden', sent: [], updatedAt: '2025-06-01T10:00:00.000Z' },
      { reference: '250875', id: 'a', position: 0, question: 'Why?', limit: 2000, draft: 'Because.', sent: [], updatedAt: '2025-06-01T10:00:00.000Z' },
      { reference: '251836', id: 'a', position: 0, question: 'Other vacancy', limit: null, draft: 'x', sent: [], updatedAt: '2025-06-01T10:00:00.000Z' },
    ];
    const [, row] = parseCsv(vacanciesToCsv([ticked], undefined, drafts).slice(1));
    expect(row?.slice(-3, -1)).toEqual(['essay; cv', 'Q1. Why?\nBecause.\n\nQ2. Degree?\n=MA, Leiden']);
  });

  it('holds the dated steps, one a line, as codes with UTC instants or local dates', () => {
    const record = storedVacancy({
      ...headsNaspInProgress,
      status: 'video-interview',
      steps: [
        { id: 'v1', kind: 'video-interview', due: '2026-03-09T22:59:00.000Z', slot: null, zoneAsStated: 'CET' },
        { id: 'p1', kind: 'panel-interview', due: null, slot: { start: '2026-04-21T12:30:00.000Z', end: '2026-04-21T13:15:00.000Z' }, zoneAsStated: null },
        { id: 'a1', kind: 'assessment', due: null, slot: { from: '2026-01-12', to: '2026-01-13' }, zoneAsStated: null },
      ],
    });
    const [, row] = parseCsv(vacanciesToCsv([record]).slice(1));
    expect(row?.at(-1)).toBe(
      'video-interview due 2026-03-09T22:59:00.000Z\npanel-interview 2026-04-21T12:30:00.000Z/2026-04-21T13:15:00.000Z\nassessment 2026-01-12/2026-01-13',
    );
  });

  it('gives just the header for no vacancies', () => {
    expect(parseCsv(vacanciesToCsv([]).slice(1))).toHaveLength(1);
  });
});
