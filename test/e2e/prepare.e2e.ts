import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, ROOT } from './harness';
import { drivers, type ExtensionSession } from './drivers';
import { detailPath, noticePage } from '../fixtures/portal/notice-pages';

const SHOTS = join(ROOT, 'test-results/screenshots');
const PANEL = ['vacancy-companion-panel', '.panel'];

/**
 * Preparing the application on a captured notice (250875: an essay of one A4 page, and the 2025
 * generative-AI clause): the documents checklist read from the notice, and a draft answer typed,
 * the popup closed, reopened.
 */
describe.each(drivers)('preparing the application (built extension, $name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await driver.launch();
    await session.servePortal({ [detailPath('250875')]: () => noticePage('250875') });
    const page = await session.openPortal(detailPath('250875'));
    await eventually(async () => /saved — /i.test((await page.text(PANEL)) ?? ''), 15_000);
    await page.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('builds the checklist from the captured notice, with its AI clause, and keeps a tick', async () => {
    const popup = await session.openPopup('#/vacancy/250875');
    await expect.poll(() => popup.text('.prp-checklist'), { timeout: 15_000 }).toMatch(/Essay \(Key challenges\)/);
    const checklist = (await popup.text('.prp-checklist')) ?? '';
    expect(checklist).toMatch(/at most 1 A4 page/);
    expect(checklist).toMatch(/generative AI may be rejected/);
    await popup.click({ label: 'Essay (Key challenges)' });
    await eventually(async () => {
      const row = (await session.readVacancies()).find((record) => record.reference === '250875');
      return JSON.stringify(row?.documentsReady) === '["essay"]';
    });
    await popup.close();
  });

  it('a draft typed, the popup closed at once, is there with its warnings when reopened', async () => {
    let popup = await session.openPopup('#/vacancy/250875');
    await popup.fill({ label: /A question the application asks/ }, 'Describe your experience of security policy (max. 20 characters)');
    await popup.click({ role: 'button', name: 'Add the question' });
    await expect.poll(() => popup.count({ label: 'Your answer to question 1' }), { timeout: 10_000 }).toBe(1);
    await popup.fill({ label: 'Your answer to question 1' }, 'Please see attachment for my full experience.');
    // Closed before the save's pause is over: nothing waits for "Saved".
    await popup.close();

    popup = await session.openPopup('#/vacancy/250875');
    const value = () => popup.evaluateOn({ label: 'Your answer to question 1' }, (element) => (element as HTMLTextAreaElement).value);
    await expect.poll(value, { timeout: 15_000 }).toBe('Please see attachment for my full experience.');
    const workspace = (await popup.text('.prp-workspace')) ?? '';
    expect(workspace).toMatch(/“Please see attachment” points to another document/);
    expect(workspace).toMatch(/45 \/ 20 characters/);
    expect(workspace).toMatch(/45 characters for a limit of 20: 25 too many/);
    await popup.screenshot(join(SHOTS, `${driver.name}-prepare-answers.png`), { fullPage: true });
    await popup.close();
  });
});
