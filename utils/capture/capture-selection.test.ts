import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { VacancyDatabase, VacancyStore } from '../db-writer/vacancy-store';
import { captureSelection } from './capture-selection';
import { handleRequest } from '../background/handle-request';

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

  it('saves a selection whose line breaks the browser collapsed into spaces (info.selectionText)', async () => {
    const store = freshStore();
    const text = readFileSync('test/fixtures/vacancies/251836-officer-defence-policy.txt', 'utf8').replace(/\s+/g, ' ');
    const result = await captureSelection(store, text, 'https://www.nato.int/structur/recruit/2025/251836.pdf', NOW);
    expect(result).toEqual({ ok: true, reference: '251836', title: 'Officer, Defence Policy', closesAt: '2026-01-04T22:59:00.000Z', created: true });
    expect(await store.get('251836')).toMatchObject({
      titleFr: 'Administratrice/Administrateur, Politique de défense',
      deadline: '2026-01-04',
      salary: { amount: 9253.21, currency: 'EUR', period: 'month' },
      grade: { label: 'NATO Grade G20', grades: ['G20'] },
      clearance: 'NS',
      minExperienceYears: 6,
      sourceUrl: 'https://www.nato.int/structur/recruit/2025/251836.pdf',
    });
  });

  it('a flattened selection of a notice saved before changes nothing: no history entry', async () => {
    const store = freshStore();
    const text = readFileSync('test/fixtures/vacancies/250875-heads-nasp-and-mo.txt', 'utf8');
    await captureSelection(store, text, undefined, NOW);
    const again = await captureSelection(store, text.replace(/\s+/g, ' '), undefined, new Date('2025-03-02T09:00:00Z'));
    expect(again).toMatchObject({ ok: true, reference: '250875', created: false });
    expect((await store.get('250875'))?.history).toEqual([]);
  });

  it('saves nothing for a notice that prints no reference and says what is missing', async () => {
    const store = freshStore();
    const file = readFileSync('test/fixtures/vacancies/other-shapes/noref-vindazo-54417463.txt', 'utf8');
    const text = file.slice(file.indexOf('\n') + 1);
    expect(await captureSelection(store, text, 'https://www.vindazo.be/job/viewjob/54417463/proofreader.html', NOW)).toEqual({
      ok: false,
      missing: ['reference', 'title'],
    });
    expect(await store.db.vacancies.count()).toBe(0);
  });

  it('takes the reference from the portal address of the page the text was selected on', async () => {
    const store = freshStore();
    const file = readFileSync('test/fixtures/vacancies/other-shapes/noref-taffin-MjMxNjc2.txt', 'utf8');
    const text = file.slice(file.indexOf('\n') + 1);
    const result = await captureSelection(store, text, 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=260112&lang=en', NOW);
    expect(result).toMatchObject({ ok: true, reference: '260112', title: 'Governance Support and Document Management Specialist', created: true });
  });

  it('refuses a selection that is not a notice and writes nothing', async () => {
    const store = freshStore();
    expect(await captureSelection(store, 'Brussels weather: rain', undefined, NOW)).toEqual({ ok: false, reason: { id: 'noSign', values: {} } });
    expect(await store.db.vacancies.count()).toBe(0);
  });

  it('a selection that moves a tracked deadline raises the change alert, as a page capture does', async () => {
    const store = freshStore();
    const text = readFileSync('test/fixtures/vacancies/251836-officer-defence-policy.txt', 'utf8');
    const alerts: { reference: string; fields: string[] }[] = [];
    const effects = { onChanges: async (record: { reference: string }, changes: { field: string }[]) => void alerts.push({ reference: record.reference, fields: changes.map((change) => change.field) }) };
    // As the context menu sends it: through the worker's one entry, which alerts every write's changes.
    const menu = (selection: string, now: Date) => handleRequest({ type: 'capture-selection', text: selection }, 'extension-page', { store, openPopup: async () => undefined, now: () => now, ...effects });
    await menu(text, NOW);
    expect(alerts).toEqual([]); // a first capture is not a change
    const moved = text.replace('Application Deadline: 4-Jan-2026', 'Application Deadline: 11-Jan-2026');
    await menu(moved, new Date('2025-03-02T09:00:00Z'));
    expect(alerts).toEqual([{ reference: '251836', fields: ['closesAt'] }]);
    expect((await store.get('251836'))?.closesAt).toBe('2026-01-11T22:59:00.000Z');
  });
});
