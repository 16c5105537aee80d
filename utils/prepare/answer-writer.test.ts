import { describe, expect, it } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { officerDefencePolicy } from '../../test/unit/record-factory';
import { AnswerWriter } from './answer-writer';
import type { Answer, AnswerDraft } from '../record/answer-schema';

const draft = (overrides: Partial<AnswerDraft> = {}): AnswerDraft => ({
  reference: '251836',
  id: 'q1',
  position: 0,
  question: 'Describe your experience of defence planning (max. 2000 characters)',
  limit: null,
  draft: 'From 2019 to 2024 I drafted the capability targets of my ministry.',
  ...overrides,
});

async function setUp() {
  const store = freshStore('answers');
  await store.applyImport([officerDefencePolicy]);
  return { store, writer: new AnswerWriter(store.db) };
}

describe('AnswerWriter', () => {
  it('saves a draft as typed, the versions sent kept, and refuses a vacancy not tracked', async () => {
    const { store, writer } = await setUp();
    await writer.save(draft({ draft: 'First words' }), new Date('2026-01-01T10:00:00Z'));
    await writer.markSent('251836', 'q1', new Date('2026-01-01T10:05:00Z'));
    const saved = await writer.save(draft(), new Date('2026-01-01T10:10:00Z'));
    expect(saved.sent).toEqual([{ text: 'First words', sentAt: '2026-01-01T10:05:00.000Z' }]);
    expect(saved.draft).toBe(draft().draft);
    expect(await store.db.answers.where('reference').equals('251836').toArray()).toEqual([saved]);
    await expect(writer.save(draft({ reference: '999999' }))).rejects.toThrow('No tracked vacancy 999999');
  });

  it('writes nothing for the same draft again (a retry after a lost reply)', async () => {
    const { writer } = await setUp();
    const first = await writer.save(draft(), new Date('2026-01-01T10:00:00Z'));
    const again = await writer.save(draft(), new Date('2026-01-01T11:00:00Z'));
    expect(again.updatedAt).toBe(first.updatedAt);
  });

  it('keeps a version once when marked sent twice, and a new one after an edit', async () => {
    const { writer } = await setUp();
    await writer.save(draft({ draft: 'v1' }), new Date('2026-01-01T10:00:00Z'));
    await writer.markSent('251836', 'q1', new Date('2026-01-01T10:01:00Z'));
    await writer.markSent('251836', 'q1', new Date('2026-01-01T10:02:00Z'));
    await writer.save(draft({ draft: 'v2' }), new Date('2026-01-01T10:03:00Z'));
    const marked = await writer.markSent('251836', 'q1', new Date('2026-01-01T10:04:00Z'));
    expect(marked?.sent.map((version) => version.text)).toEqual(['v1', 'v2']);
    expect(await writer.markSent('251836', 'gone', new Date())).toBeNull();
  });

  it('merges a backup: the later-edited draft wins, sent versions are the union, the same file twice changes nothing', async () => {
    const { store, writer } = await setUp();
    await writer.save(draft({ draft: 'mine, later' }), new Date('2026-01-02T10:00:00Z'));
    await writer.markSent('251836', 'q1', new Date('2026-01-02T10:01:00Z'));
    const fromBackup: Answer[] = [
      { ...draft({ draft: 'backup, earlier' }), sent: [{ text: 'old', sentAt: '2026-01-01T09:00:00.000Z' }], updatedAt: '2026-01-01T09:00:00.000Z' },
      { ...draft({ id: 'q2', position: 1, question: 'Do you hold a degree?', draft: 'Yes: MA, Leiden, 2015.' }), sent: [], updatedAt: '2026-01-01T09:00:00.000Z' },
    ];
    expect(await writer.importAnswers(fromBackup)).toBe(2);
    const rows = await store.db.answers.where('reference').equals('251836').sortBy('position');
    expect(rows.map((row) => row.draft)).toEqual(['mine, later', 'Yes: MA, Leiden, 2015.']);
    expect(rows[0]!.sent.map((version) => version.text)).toEqual(['old', 'mine, later']);
    expect(await writer.importAnswers(fromBackup)).toBe(0);
  });
});
