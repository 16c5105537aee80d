import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { VacancyDatabase, VacancyStore } from '../db/vacancy-store';
import { captureSelection } from './capture-selection';

const stores: VacancyStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.db.delete();
});
const freshStore = () => {
  const store = new VacancyStore(new VacancyDatabase(`test-${crypto.randomUUID()}`));
  stores.push(store);
  return store;
};
const NOW = new Date('2025-03-01T09:00:00Z');

describe('captureSelection', () => {
  it('saves a selected markdown notice with the page it came from', async () => {
    const store = freshStore();
    const text = readFileSync('test/fixtures/vacancies/250443-asg-defence-policy-planning.md', 'utf8');
    const result = await captureSelection(store, text, 'https://www.nato.int/cps/en/natohq/recruit.htm', NOW);
    expect(result).toEqual({ ok: true, reference: '250443', title: 'Assistant Secretary General, Defence Policy and Planning', closesAt: '2025-04-06T21:59:00.000Z', created: true });
    expect((await store.get('250443'))?.sourceUrl).toBe('https://www.nato.int/cps/en/natohq/recruit.htm');
  });

  it('ignores non-web source addresses such as the PDF viewer', async () => {
    const store = freshStore();
    const text = readFileSync('test/fixtures/vacancies/251836-officer-defence-policy.txt', 'utf8');
    await captureSelection(store, text, 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', NOW);
    expect((await store.get('251836'))?.sourceUrl).toBeNull();
  });

  it('refuses a selection that is not a notice and writes nothing', async () => {
    const store = freshStore();
    expect(await captureSelection(store, 'Brussels weather: rain', undefined, NOW)).toMatchObject({ ok: false, reason: expect.any(String) });
    expect(await store.db.vacancies.count()).toBe(0);
  });
});
