import type { StoredVacancy } from '../record/stored-vacancy';
import { fieldLabel, STATUS_LABEL_KEY, type LabelledField } from '../field-labels';
import type { Status } from '../record/stored-vacancy';
import { translator, type Translate } from '../i18n-core';
import type { Answer } from '../record/answer-schema';
import { DOCUMENT_LABEL } from '../prepare/document-labels';
import type { DocumentKind } from '../record/preparation-schema';
import type { DatedStep } from '../record/dated-step';

/**
 * The CSV report: one row per vacancy for a spreadsheet. RFC 4180 (comma, CRLF, quotes doubled),
 * with a UTF-8 byte order mark so Excel reads accents right. Numbers and dates stay machine-stable
 * (ISO dates, dot decimals); the header row, statuses and yes/no are words in the UI language.
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
  'documentsReady',
  'answers',
  'steps',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvWords {
  headers: Record<CsvColumn, string>;
  yes: string;
  no: string;
  statuses: Record<Status, string>;
  documents: Record<DocumentKind, string>;
}

/** The record field each column shows, named by the UI's one field-label table. */
const COLUMN_FIELD: Record<CsvColumn, LabelledField> = {
  reference: 'reference',
  title: 'title',
  organisation: 'organisation',
  location: 'location',
  grade: 'grade',
  salaryAmount: 'salary',
  salaryCurrency: 'salary.currency',
  deadline: 'deadline',
  closesAt: 'closesAt',
  status: 'status',
  essayRequired: 'essay',
  essayMaxPages: 'essay.maxPages',
  notes: 'notes',
  updatedAt: 'updatedAt',
  documentsReady: 'documentsReady',
  answers: 'answers',
  steps: 'steps',
};

/** Instants are written in UTC, and their headers say so. */
const UTC_COLUMNS: ReadonlySet<CsvColumn> = new Set(['closesAt', 'updatedAt']);

/** The header row and yes/no in the UI's language. */
export function csvWords(t: Translate): CsvWords {
  const header = (column: CsvColumn) => {
    const label = fieldLabel(COLUMN_FIELD[column], t);
    return UTC_COLUMNS.has(column) ? t('fieldInUtc', { field: label }) : label;
  };
  const headers = Object.fromEntries(CSV_COLUMNS.map((column) => [column, header(column)]));
  const statuses = Object.fromEntries(Object.entries(STATUS_LABEL_KEY).map(([status, key]) => [status, t(key)]));
  const documents = Object.fromEntries(Object.entries(DOCUMENT_LABEL).map(([kind, key]) => [kind, t(key)]));
  return { headers: headers as CsvWords['headers'], yes: t('bakCsvYes'), no: t('bakCsvNo'), statuses: statuses as CsvWords['statuses'], documents: documents as CsvWords['documents'] };
}

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

/** A vacancy's drafts in one cell: "Q1. question", the draft under it, a blank line between. */
function answersCell(answers: readonly Answer[]): string {
  return [...answers]
    .sort((a, b) => a.position - b.position)
    .map((answer, index) => `Q${index + 1}. ${answer.question}\n${answer.draft}`)
    .join('\n\n');
}

/**
 * The application's dated steps, one a line, as stable codes and UTC instants (or local dates)
 * like the other cells: "video-interview due 2026-03-09T22:59:00.000Z",
 * "panel-interview 2026-04-21T12:30:00.000Z/2026-04-21T13:15:00.000Z", "assessment 2026-01-12/2026-01-13".
 */
function stepsCell(steps: readonly DatedStep[]): string {
  return steps
    .map((step) => {
      const parts: string[] = [step.kind];
      if (step.due !== null) parts.push(`due ${step.due}`);
      const slot = step.slot;
      if (slot !== null) parts.push('start' in slot ? [slot.start, slot.end].filter(Boolean).join('/') : 'date' in slot ? slot.date : `${slot.from}/${slot.to}`);
      return parts.join(' ');
    })
    .join('\n');
}

function cells(record: StoredVacancy, words: CsvWords, answers: readonly Answer[]): Record<CsvColumn, string> {
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
    status: words.statuses[record.status],
    essayRequired: record.essay ? words.yes : words.no,
    essayMaxPages: record.essay?.maxPages != null ? String(record.essay.maxPages) : '',
    notes: record.notes,
    updatedAt: record.updatedAt,
    // Checklist ticks in words, as the checklist names them, like the status.
    documentsReady: (record.documentsReady ?? []).map((kind) => words.documents[kind]).join('; '),
    answers: answersCell(answers),
    steps: stepsCell(record.steps ?? []),
  };
}

function line(values: readonly string[]): string {
  return values.map((value) => quoteCsvCell(neutraliseFormula(value))).join(',');
}

export function vacanciesToCsv(records: readonly StoredVacancy[], words: CsvWords = csvWords(translator('en')), answers: readonly Answer[] = []): string {
  const rows = [line(CSV_COLUMNS.map((column) => words.headers[column]))];
  for (const record of records) {
    const row = cells(record, words, answers.filter((answer) => answer.reference === record.reference));
    rows.push(line(CSV_COLUMNS.map((column) => row[column])));
  }
  return `${UTF8_BOM}${rows.join('\r\n')}\r\n`;
}
