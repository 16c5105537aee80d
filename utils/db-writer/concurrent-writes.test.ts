import { afterEach, expect, it } from 'vitest';
import { VacancyDatabase, VacancyStore } from './vacancy-store';
import { parsedVacancy, storedVacancy } from '../../test/unit/record-factory';

/**
 * The background saves a capture while the popup saves the user's edit of the same vacancy, each
 * through its own VacancyStore (its own connection, as two extension contexts have). Each write
 * reads and writes in one transaction, so neither can overwrite the other with a stale copy.
 */
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new VacancyDatabase(name).delete();
});
function twoContexts() {
  const name = `concurrent-${crypto.randomUUID()}`;
  names.push(name);
  return [new VacancyStore(new VacancyDatabase(name)), new VacancyStore(new VacancyDatabase(name))] as const;
}

it.each([
  ['capture first', false],
  ['edit first', true],
])('a re-capture and a popup edit of the same vacancy at once keep both (%s)', async (_name, editFirst) => {
  const [background, popup] = twoContexts();
  await background.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z'));
  const capture = () => background.saveCapture(parsedVacancy({ deadline: '2026-01-11', closesAt: '2026-01-11T22:59:00.000Z' }), new Date('2025-12-05T10:00:00Z'));
  const edit = () => popup.updateUserFields('251836', { status: 'submitted', notes: 'Sent' }, new Date('2025-12-05T10:00:01Z'));
  await Promise.all(editFirst ? [edit(), capture()] : [capture(), edit()]);
  const stored = await popup.get('251836');
  expect(stored).toMatchObject({ deadline: '2026-01-11', status: 'submitted', notes: 'Sent' });
  expect(stored?.history.map((entry) => entry.field)).toEqual(['deadline', 'closesAt']);
  background.db.close();
  popup.db.close();
});

it('an import and a capture of the same vacancy at once keep both', async () => {
  const [background, popup] = twoContexts();
  await background.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z'));
  const backup = storedVacancy({ status: 'conditional-offer', notes: 'From my old laptop', updatedAt: '2025-11-01T00:00:00.000Z', history: [] });
  await Promise.all([
    popup.applyImport([backup]),
    background.saveCapture(parsedVacancy({ salary: { amount: 9400, currency: 'EUR', period: 'month' } }), new Date('2025-12-05T10:00:00Z')),
  ]);
  expect(await popup.get('251836')).toMatchObject({ status: 'conditional-offer', notes: 'From my old laptop', salary: { amount: 9400 } });
  background.db.close();
  popup.db.close();
});
