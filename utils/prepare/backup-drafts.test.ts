import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { popupStoreOver } from '../../test/unit/popup-store';
import { officerDefencePolicy } from '../../test/unit/record-factory';
import { entryProblemReason } from '../backup/problem-reason';
import { wordReason } from '../reasons/word-reason';
import { buildBackup, serializeBackup } from '../backup/export-backup';
import { readBackup } from '../backup/read-backup';
import { translator, type Translate } from '../i18n-core';
import { DEFAULT_SETTINGS } from '../settings/settings-values';
import { AnswerWriter } from './answer-writer';

const describeEntryProblem = (problem: Parameters<typeof entryProblemReason>[0], t: Translate) => wordReason(entryProblemReason(problem), t, 'en');

const NOW = new Date('2026-01-02T10:00:00Z');

async function storeWithDrafts() {
  const store = freshStore('drafts');
  await store.applyImport([{ ...officerDefencePolicy, documentsReady: ['essay'] }]);
  const writer = new AnswerWriter(store.db);
  await writer.save({ reference: '251836', id: 'q1', position: 0, question: 'Why? (max. 1500 characters)', limit: null, draft: 'Sent version' }, NOW);
  await writer.markSent('251836', 'q1', new Date('2026-01-02T10:01:00Z'));
  await writer.save({ reference: '251836', id: 'q1', position: 0, question: 'Why? (max. 1500 characters)', limit: null, draft: 'Edited after sending' }, new Date('2026-01-02T10:02:00Z'));
  await writer.save({ reference: '251836', id: 'q2', position: 1, question: 'Degree?', limit: 300, draft: '' }, NOW);
  return store;
}

describe('drafts in the backup', () => {
  it('survive a round trip: exported, read, imported into an empty browser, the same rows and ticks', async () => {
    const source = await storeWithDrafts();
    const text = serializeBackup(buildBackup(await source.all(), DEFAULT_SETTINGS, NOW, await source.allAnswers()));
    const reading = readBackup(text);
    if (!reading.ok) throw new Error('unreadable');
    expect(reading.rejected).toEqual([]);
    expect(reading.answers.map((answer) => [answer.id, answer.draft, answer.sent.map((version) => version.text)])).toEqual([
      ['q1', 'Edited after sending', ['Sent version']],
      ['q2', '', []],
    ]);
    const target = freshStore('drafts-target');
    const reply = await popupStoreOver(target).importBackup(reading.valid.map((item) => item.record), null, undefined, reading.answers);
    expect(reply.answers).toBe(2);
    expect(await target.allAnswers()).toEqual(await source.allAnswers());
    expect((await target.get('251836'))?.documentsReady).toEqual(['essay']);
  });

  it('a backup written before drafts existed imports as before', () => {
    const reading = readBackup(readFileSync(new URL('../../test/fixtures/backup/backup-v0.json', import.meta.url), 'utf8'));
    expect(reading.ok && reading.answers).toEqual([]);
    expect(reading.ok && reading.rejected).toEqual([]);
  });

  it('a draft from a future version is refused by itself and named, in English and French', async () => {
    const source = await storeWithDrafts();
    const backup = buildBackup(await source.all(), DEFAULT_SETTINGS, NOW, await source.allAnswers());
    const future = { ...backup, answers: [backup.answers![0], { ...backup.answers![1], draftsVersion: 2, tone: 'formal' }] };
    const reading = readBackup(JSON.stringify(future));
    if (!reading.ok) throw new Error('unreadable');
    expect(reading.answers.map((answer) => answer.id)).toEqual(['q1']);
    expect(reading.rejected).toEqual([{ entry: 2, reference: '251836', kind: 'draft-newer', id: 'q2', version: 2 }]);
    expect(describeEntryProblem(reading.rejected[0]!, translator('en'))).toBe(
      'Draft 2 (251836) was written by a newer version of the extension (drafts format 2): update the extension to import it.',
    );
    expect(describeEntryProblem(reading.rejected[0]!, translator('fr'))).toMatch(/^Le brouillon 2 \(251836\) a été écrit par une version plus récente/);
  });

  it('a draft past the size a draft may have is refused with where and why', async () => {
    const source = await storeWithDrafts();
    const backup = buildBackup(await source.all(), DEFAULT_SETTINGS, NOW, await source.allAnswers());
    const tooLong = { ...backup, answers: [{ ...backup.answers![0], draft: 'x'.repeat(100_001) }] };
    const reading = readBackup(JSON.stringify(tooLong));
    expect(reading.ok && reading.rejected.map((problem) => [problem.kind, problem.kind === 'draft-invalid' ? problem.issues[0]?.path : null])).toEqual([
      ['draft-invalid', 'draft'],
    ]);
  });
});
