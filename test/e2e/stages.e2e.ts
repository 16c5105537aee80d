import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers, type ExtensionSession } from './drivers';
import { HOUR_MS, noticeClosingIn } from './seeded-notices';
import { storedVacancy } from '../unit/record-factory';
import { seriousViolations } from './axe';

/**
 * After the close, in the built extension: a database left by schema version 4 (the seven
 * statuses) keeps every status as its stage; a submitted application gets a dated step entered
 * by hand in the popup, which arms its reminder alarms, is in the .ics export and shows in the
 * list as the application's next step.
 */
const OLD_STATUS_TO_STAGE = [
  ['interested', 'interested'],
  ['drafting', 'drafting'],
  ['applied', 'submitted'],
  ['assessment', 'written-test'],
  ['offer', 'conditional-offer'],
  ['rejected', 'not-selected'],
  ['withdrawn', 'withdrawn'],
] as const;

describe.each(drivers)('stages and dated steps ($name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch({ timezoneId: 'Europe/Brussels' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a database written at schema version 4 keeps every status as its stage', async () => {
    const rows = OLD_STATUS_TO_STAGE.map(([status], index) => ({ ...storedVacancy({ reference: String(270000 + index), title: `Old ${status}` }), status }));
    const page = await session.openExtensionPage('/welcome.html');
    // The database as release 4 left it (Dexie stores version n as IndexedDB version n × 10).
    await page.evaluate(async (oldRows) => {
      const done = (request: IDBRequest | IDBOpenDBRequest) =>
        new Promise<unknown>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      await done(indexedDB.deleteDatabase('vacancy-companion'));
      const open = indexedDB.open('vacancy-companion', 40);
      open.onupgradeneeded = () => {
        const db = open.result;
        const vacancies = db.createObjectStore('vacancies', { keyPath: 'reference' });
        for (const index of ['closesAt', 'status', 'updatedAt', 'followedAt']) vacancies.createIndex(index, index);
        db.createObjectStore('removed', { keyPath: 'reference' });
        db.createObjectStore('answers', { keyPath: ['reference', 'id'] }).createIndex('reference', 'reference');
      };
      const db = (await done(open)) as IDBDatabase;
      const write = db.transaction('vacancies', 'readwrite');
      for (const row of oldRows) write.objectStore('vacancies').put(row);
      await new Promise((resolve) => (write.oncomplete = resolve));
      db.close();
    }, rows);
    await page.close();
    // The background opens it with today's schema, which upgrades it.
    const references = rows.map((row) => row.reference);
    await expect
      .poll(async () => ((await session.sendToBackground({ type: 'lookup', references })) as { items?: { reference: string; status: string }[] }).items?.map((item) => [item.reference, item.status]), { timeout: 15_000 })
      .toEqual(OLD_STATUS_TO_STAGE.map(([, stage], index) => [String(270000 + index), stage]));
  }, 60_000);

  it('a submitted application gets a dated step by hand: its alarms, its .ics event, and the list\'s next step', async () => {
    // 250875 closed two days ago.
    const record = noticeClosingIn('vacancies/250875-heads-nasp-and-mo.txt', -48 * HOUR_MS);
    expect(await session.sendToBackground({ type: 'capture', record })).toMatchObject({ ok: true });
    const popup = await session.openPopup('#/vacancy/250875');
    await popup.select({ label: 'Move to stage' }, 'submitted');
    await popup.click({ role: 'button', name: 'Save stage' });
    await expect.poll(() => popup.text('.stg-current')).toMatch(/^Submitted, since /);

    // "Complete the recorded interview by 12:00 Brussels time", three days from now.
    const dueDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date(Date.now() + 3 * 24 * HOUR_MS));
    // By type: a label's text includes its select's options, so 'Date' would also find 'What is dated'.
    await popup.fill({ css: '.stg-steps input[type=date]' }, dueDay);
    await popup.fill({ css: '.stg-steps input[type=time]' }, '12:00');
    await popup.click({ role: 'button', name: 'Add step' });
    // The whole steps part, so a refusal's words show if it fails.
    await expect.poll(() => popup.text('.stg-steps')).toMatch(/Video interview: due /);
    // The stage panel, its timeline and the step list: no serious accessibility violation.
    expect(await seriousViolations(popup)).toEqual([]);

    const stepAlarms = () =>
      session.withExtensionApi(async (api) => (await api.alarms.getAll()).map((alarm) => alarm.name).filter((name) => name.startsWith('reminder:step:250875:')).sort());
    // 24 h and 6 h before are ahead whatever the time of day.
    await expect.poll(stepAlarms).toEqual(expect.arrayContaining([expect.stringMatching(/^reminder:step:250875:s[0-9a-z]+:due:24$/), expect.stringMatching(/^reminder:step:250875:s[0-9a-z]+:due:6$/)]));

    const calendar = await popup.download(() => popup.click({ role: 'button', name: 'Export to calendar (.ics)' }));
    const compact = dueDay.replace(/-/g, '');
    expect(calendar.text).toMatch(new RegExp(`UID:step-s[0-9a-z]+-due\\.250875@vacancy-companion\\r\\nDTSTAMP:\\d{8}T\\d{6}Z\\r\\nDTSTART:${compact}T\\d{4}00Z\\r\\nDTEND:${compact}T(10|11)0000Z`));
    await popup.close();

    const list = await session.openPopup('#/');
    await expect.poll(() => list.text({ css: '.stg-next' }), { timeout: 15_000 }).toMatch(/^Video interview due in (2|3) d/);
    expect(await seriousViolations(list)).toEqual([]);
    await list.close();
  }, 90_000);
});
