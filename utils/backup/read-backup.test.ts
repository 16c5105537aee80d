import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { translator } from '../i18n';
import { buildBackup, serializeBackup } from './export-backup';
import { backupSizeProblem, MAX_BACKUP_BYTES, readBackup, type BackupReading } from './read-backup';
import { entryProblemReason, fileProblemReason } from './problem-reason';
import { wordReason } from '../reasons/word-reason';
import type { Locale, Translate } from '../i18n-core';
import { headsNaspInProgress, storedVacancy } from '../../test/unit/record-factory';
import legacyV0 from '../../test/fixtures/backup/backup-v0.json';

const NOW = new Date('2026-11-23T10:00:00Z');
const t = translator('en');
const describeFileProblem = (problem: Parameters<typeof fileProblemReason>[0], words: Translate, locale: Locale = 'en') => wordReason(fileProblemReason(problem), words, locale);
const describeEntryProblem = (problem: Parameters<typeof entryProblemReason>[0], words: Translate) => wordReason(entryProblemReason(problem), words, 'en');

function envelopeWith(vacancies: unknown[], patch: Record<string, unknown> = {}): string {
  const backup = buildBackup([], DEFAULT_SETTINGS, NOW);
  return JSON.stringify({ ...backup, vacancies, ...patch });
}

function fileProblemText(reading: BackupReading): string {
  if (reading.ok) throw new Error('expected a file problem');
  return describeFileProblem(reading.problem, t);
}

function entryTexts(reading: BackupReading): string[] {
  if (!reading.ok) throw new Error(`file refused: ${describeFileProblem(reading.problem, t)}`);
  return reading.rejected.map((problem) => describeEntryProblem(problem, t));
}

describe('readBackup: files refused as a whole', () => {
  it.each([
    ['empty file', '', /empty/],
    ['malformed JSON', '{"format": "vacancy-companion-backup", ', /not valid JSON \(.+\)/],
    ['a JSON number', '42', /not a Vacancy Companion backup/],
    ['another format', JSON.stringify({ format: 'other-tracker', version: 1, vacancies: [] }), /not a Vacancy Companion backup/],
    ['a newer version', envelopeWith([], { version: 4 }), /newer version .*format 4/],
    ['a version as text', envelopeWith([], { version: '1' }), /format version \("1"\) is unknown/],
    ['a missing version', envelopeWith([], { version: undefined }), /format version \(none\) is unknown/],
    ['a bad export date', envelopeWith([], { exportedAt: '23/11/2026' }), /header is damaged: exportedAt — /],
    ['damaged settings', envelopeWith([], { settings: { ...DEFAULT_SETTINGS, locale: 'de' } }), /settings\.locale — /],
    ['vacancies not a list', envelopeWith([], { vacancies: { a: 1 } }), /vacancies — /],
  ])('%s', (_name, text, message) => {
    expect(fileProblemText(readBackup(text))).toMatch(message);
  });
});

describe('readBackup: entries', () => {
  it('reads a valid envelope whole, with its settings', () => {
    const settings = { ...DEFAULT_SETTINGS, backupReminder: true, locale: 'fr' as const };
    const records = [storedVacancy(headsNaspInProgress), storedVacancy({ ...headsNaspInProgress, reference: '251836' })];
    const reading = readBackup(serializeBackup(buildBackup(records, settings, NOW)));
    expect(reading).toMatchObject({ ok: true, version: 3, exportedAt: NOW.toISOString(), settings, rejected: [] });
    expect(reading.ok && reading.valid.map((item) => [item.entry, item.record])).toEqual([
      [1, records[0]],
      [2, records[1]],
    ]);
  });

  it.each([
    ['a bad field', { salary: { amount: -5, currency: 'EUR', period: 'month' } }, 'Entry 3 (300003): salary.amount — '],
    ['a deadline in the portal notation', { deadline: '4-Jan-2026' }, 'Entry 3 (300003): deadline — '],
    ['a day no calendar has', { deadline: '2026-02-30' }, 'Entry 3 (300003): deadline — 2026-02-30 is not a calendar date'],
    ['a bad essay due date', { essay: { ...storedVacancy(headsNaspInProgress).essay, dueDate: '2025-13-01' } }, 'Entry 3 (300003): essay.dueDate — '],
    ['an updatedAt that is not an instant', { updatedAt: 'yesterday' }, 'Entry 3 (300003): updatedAt — '],
    ['a history entry without a date', { history: [{ field: 'deadline', from: null, to: 'x' }] }, 'Entry 3 (300003): history[0].changedAt — '],
    ['an unknown status', { status: 'hired' }, 'Entry 3 (300003): status — '],
    ['no reference', { reference: undefined }, 'Entry 3 (no reference): reference — '],
  ])('an entry with %s is rejected, named by number and reference', (_name, patch, message) => {
    const good = [storedVacancy({ ...headsNaspInProgress, reference: '300001' }), storedVacancy({ ...headsNaspInProgress, reference: '300002' })];
    const bad = { ...storedVacancy({ ...headsNaspInProgress, reference: '300003' }), ...patch };
    const reading = readBackup(envelopeWith([...good, bad]));
    const [text, ...others] = entryTexts(reading);
    expect(others).toEqual([]);
    expect(text?.startsWith(message)).toBe(true);
    expect(reading.ok && reading.valid.map((item) => item.entry)).toEqual([1, 2]);
  });

  it('rejects every entry of a reference seen twice, naming them all', () => {
    const records = [storedVacancy({ ...headsNaspInProgress, reference: '300001' }), storedVacancy({ ...headsNaspInProgress, reference: '300002' }), storedVacancy({ ...headsNaspInProgress, reference: '300001', notes: 'later copy' })];
    const reading = readBackup(envelopeWith(records));
    expect(entryTexts(reading)).toEqual([
      'Entry 1 (300001): the same reference appears in entries 1, 3',
      'Entry 3 (300001): the same reference appears in entries 1, 3',
    ]);
    expect(reading.ok && reading.valid.map((item) => item.record.reference)).toEqual(['300002']);
  });

  it('lists rejected entries in file order, whatever the reason', () => {
    const records = [storedVacancy({ ...headsNaspInProgress, reference: '300001' }), { reference: 'x' }, storedVacancy({ ...headsNaspInProgress, reference: '300001' })];
    const reading = readBackup(envelopeWith(records));
    expect(reading.ok && reading.rejected.map((problem) => [problem.entry, problem.kind])).toEqual([
      [1, 'duplicate'],
      [2, 'invalid'],
      [3, 'duplicate'],
    ]);
  });

  it('reads a BOM-prefixed file', () => {
    expect(readBackup(`\uFEFF${envelopeWith([storedVacancy(headsNaspInProgress)])}`)).toMatchObject({ ok: true, rejected: [] });
  });
});

describe('readBackup: version 0 (a plain array, as the first builds wrote)', () => {
  it('upgrades each record with the defaults of its time', () => {
    const reading = readBackup(JSON.stringify(legacyV0));
    expect(reading).toMatchObject({ ok: true, version: 0, settings: null, exportedAt: null, rejected: [] });
    if (!reading.ok) return;
    expect(reading.valid.map((item) => item.record)).toEqual(
      // Both have a status beyond the first (and notes): followed since they were captured. The
      // file holds one 'applied' (now the stage 'submitted') and one 'drafting'.
      legacyV0.map((record) => ({
        ...record,
        status: record.status === 'applied' ? 'submitted' : record.status,
        completeness: 'notice',
        portalState: 'listed',
        remindersEnabled: true,
        followedAt: record.capturedAt,
      })),
    );
  });

  it('checks a version 0 entry against the version 0 shape', () => {
    const [first] = legacyV0;
    const reading = readBackup(JSON.stringify([{ ...first, notes: 12 }]));
    expect(entryTexts(reading)).toEqual([expect.stringMatching(/^Entry 1 \(250875\): notes — /)]);
  });
});

describe('readBackup: version 1 (before following)', () => {
  // Version 1 saved every notice opened as tracked: what the candidate never touched becomes seen.
  const beforeFollowing = (overrides: Parameters<typeof storedVacancy>[0]) => {
    const { followedAt: _followedAt, ...row } = storedVacancy({ ...headsNaspInProgress, ...overrides });
    return row;
  };
  it.each([
    ['untouched: seen', { reference: '300001', status: 'interested', notes: '', essayFileName: null }, 'interested', null],
    ['a note: followed', { reference: '300002', status: 'interested', notes: 'Ask HR', essayFileName: null }, 'interested', '2025-03-01T09:00:00.000Z'],
    ['a status beyond the first: followed', { reference: '300003', status: 'drafting', notes: '', essayFileName: null }, 'drafting', '2025-03-01T09:00:00.000Z'],
    ['reminders switched off: followed', { reference: '300004', status: 'interested', notes: '', essayFileName: null, remindersEnabled: false }, 'interested', '2025-03-01T09:00:00.000Z'],
  ] as const)('%s', (_name, overrides, status, followedAt) => {
    const row = beforeFollowing({ ...overrides, capturedAt: '2025-03-01T09:00:00.000Z' });
    const reading = readBackup(envelopeWith([row], { version: 1 }));
    expect(reading.ok && reading.valid.map((item) => item.record)).toEqual([{ ...row, status, followedAt }]);
  });

  it('an old status beyond the first is followed and becomes its stage', () => {
    const row = { ...beforeFollowing({ reference: '300005', capturedAt: '2025-03-01T09:00:00.000Z' }), status: 'applied' };
    const reading = readBackup(envelopeWith([row], { version: 1 }));
    expect(reading.ok && reading.valid.map((item) => item.record)).toEqual([{ ...row, status: 'submitted', followedAt: '2025-03-01T09:00:00.000Z' }]);
  });
});

describe.each([1, 2])('readBackup: version %i (statuses before the stages)', (version) => {
  it.each([
    ['interested', 'interested'],
    ['drafting', 'drafting'],
    ['applied', 'submitted'],
    ['assessment', 'written-test'],
    ['offer', 'conditional-offer'],
    ['rejected', 'not-selected'],
    ['withdrawn', 'withdrawn'],
  ])('an entry with status %s is imported at the stage %s', (status, stage) => {
    const entry = { ...storedVacancy({ ...headsNaspInProgress, reference: '250875' }), status };
    const reading = readBackup(envelopeWith([entry], { version }));
    expect(reading.ok && reading.valid.map((item) => item.record.status)).toEqual([stage]);
  });

  it('refuses a stage name in a file of that version, which never held one', () => {
    const entry = { ...storedVacancy({ ...headsNaspInProgress, reference: '250875' }), status: 'submitted' };
    const reading = readBackup(envelopeWith([entry], { version }));
    expect(reading.ok && reading.rejected.map((problem) => problem.entry)).toEqual([1]);
  });
});

describe('readBackup: version 2 (following, the seven statuses)', () => {
  it('keeps followedAt as written and maps the status to its stage', () => {
    const entry = { ...storedVacancy({ ...headsNaspInProgress, reference: '250875', followedAt: null }), status: 'assessment' };
    const reading = readBackup(envelopeWith([entry], { version: 2 }));
    expect(reading.ok && reading.valid.map((item) => item.record)).toEqual([{ ...entry, status: 'written-test', followedAt: null }]);
  });

});

it('speaks French when asked, zod reasons included', () => {
  const bad = { ...storedVacancy({ ...headsNaspInProgress, reference: '300003' }), status: 'hired', deadline: '2026-02-30' };
  const reading = readBackup(envelopeWith([bad]), 'fr');
  if (!reading.ok) throw new Error('file refused');
  expect(reading.rejected.map((problem) => describeEntryProblem(problem, translator('fr')))).toEqual([
    expect.stringMatching(/^Entrée 1 \(300003\) : deadline — 2026-02-30 n’est pas une date du calendrier; status — Option invalide/),
  ]);
  const calendar = readBackup(envelopeWith([{ ...bad, status: 'submitted' }]), 'fr');
  expect(calendar.ok && describeEntryProblem(calendar.rejected[0]!, translator('fr'))).toBe(
    'Entrée 1 (300003) : deadline — 2026-02-30 n’est pas une date du calendrier',
  );
});

describe('readBackup: warnings stored as English sentences (files written before warnings were data)', () => {
  it('reads each sentence as the warning its template wrote, and keeps one no template wrote as it is', () => {
    const record = storedVacancy({ ...headsNaspInProgress, reference: '250875' });
    const sentences = ['salary: not stated', 'deadline: unreadable date "31 Febuary 2025"', 'Checked by hand on 2 May'];
    const reading = readBackup(envelopeWith([{ ...record, warnings: sentences }]));
    expect(entryTexts(reading)).toEqual([]);
    if (!reading.ok) return;
    expect(reading.valid.map((item) => item.record.warnings)).toEqual([
      [
        { id: 'notStated', values: { field: 'salary' } },
        { id: 'deadlineUnreadable', values: { value: '31 Febuary 2025' } },
        { id: 'unrecognised', values: { text: 'Checked by hand on 2 May' } },
      ],
    ]);
  });
});

describe('backup size', () => {
  it.each([
    [MAX_BACKUP_BYTES, null],
    [MAX_BACKUP_BYTES + 1, { kind: 'too-large', bytes: MAX_BACKUP_BYTES + 1, limit: MAX_BACKUP_BYTES }],
  ] as const)('%i bytes → %o', (bytes, problem) => {
    expect(backupSizeProblem(bytes)).toEqual(problem);
  });

  it('says the size and the limit, in English and in French', () => {
    const problem = { kind: 'too-large', bytes: 80 * 1024 * 1024 + 1, limit: 64 * 1024 * 1024 } as const;
    expect(describeFileProblem(problem, t, 'en')).toBe('The file is 80.1 MB; a backup file can be at most 64 MB.');
    expect(describeFileProblem(problem, translator('fr'), 'fr')).toBe('Le fichier fait 80,1 Mo ; un fichier de sauvegarde ne peut dépasser 64 Mo.');
  });

  it('text longer than the limit is refused before it is parsed', () => {
    const reading = readBackup(`[${' '.repeat(MAX_BACKUP_BYTES)}]`);
    expect(reading).toEqual({ ok: false, problem: { kind: 'too-large', bytes: MAX_BACKUP_BYTES + 2, limit: MAX_BACKUP_BYTES } });
  });
});
