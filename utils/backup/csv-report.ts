import type { StoredVacancy } from '../db/stored-vacancy';

/**
 * The CSV report: one row per vacancy for a spreadsheet. RFC 4180 (comma, CRLF, quotes doubled),
 * with a UTF-8 byte order mark so Excel reads accents right. Values stay machine-stable (status
 * codes, ISO dates, dot decimals); only the header row and yes/no follow the UI language.
 */
export const CSV_COLUMNS = [
  'reference',
  'title',
  'organisation',
  'location',
  'grade',
  'salaryAmount',
  'salaryCurrency',
  'deadline',
  'closesAt',
  'status',
  'essayRequired',
  'essayMaxPages',
  'notes',
  'updatedAt',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvWords {
  headers: Record<CsvColumn, string>;
  yes: string;
  no: string;
}

export const ENGLISH_CSV_WORDS: CsvWords = {
  headers: {
    reference: 'Reference',
    title: 'Title',
    organisation: 'Organisation',
    location: 'Location',
    grade: 'Grade',
    salaryAmount: 'Salary',
    salaryCurrency: 'Currency',
    deadline: 'Deadline',
    closesAt: 'Closes at (UTC)',
    status: 'Status',
    essayRequired: 'Essay required',
    essayMaxPages: 'Essay max pages',
    notes: 'Notes',
    updatedAt: 'Updated at (UTC)',
  },
  yes: 'yes',
  no: 'no',
};

export const UTF8_BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab/CR that hides one) as a formula:
 * a notice's text could then call out or run commands. A leading apostrophe makes it text.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote a cell holding a comma, quote, CR or LF; double its quotes. */
export function quoteCsvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function cells(record: StoredVacancy, words: CsvWords): Record<CsvColumn, string> {
  return {
    reference: record.reference,
    title: record.title,
    organisation: record.organisation ?? '',
    location: record.location ?? '',
    grade: record.grade?.label ?? '',
    salaryAmount: record.salary ? String(record.salary.amount) : '',
    salaryCurrency: record.salary?.currency ?? '',
    deadline: record.deadline ?? '',
    closesAt: record.closesAt ?? '',
    status: record.status,
    essayRequired: record.essay ? words.yes : words.no,
    essayMaxPages: record.essay?.maxPages != null ? String(record.essay.maxPages) : '',
    notes: record.notes,
    updatedAt: record.updatedAt,
  };
}

function line(values: readonly string[]): string {
  return values.map((value) => quoteCsvCell(neutraliseFormula(value))).join(',');
}

export function vacanciesToCsv(records: readonly StoredVacancy[], words: CsvWords = ENGLISH_CSV_WORDS): string {
  const rows = [line(CSV_COLUMNS.map((column) => words.headers[column]))];
  for (const record of records) {
    const row = cells(record, words);
    rows.push(line(CSV_COLUMNS.map((column) => row[column])));
  }
  return `${UTF8_BOM}${rows.join('\r\n')}\r\n`;
}
