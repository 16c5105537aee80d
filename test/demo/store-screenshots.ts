import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, eventually, type ExtensionSession } from '../e2e/harness';
import { wrapPage } from '../e2e/drivers/chromium';
import type { Target } from '../e2e/drivers';
import { makeDocx } from '../unit/docx-fixtures';
import { SAMPLE_APPLY_PATH, SAMPLE_REFERENCE } from './demo-portal';
import { detailPath } from '../fixtures/portal/notice-pages';

/**
 * The store listing's pictures (`npm start -- --screenshots DIR --store`), taken after the
 * README's so the demo vacancies are captured: 1280×800 screenshots as the Chrome Web Store and
 * AMO show them, and the 440×280 small promo tile. A popup view is shown at its real size over
 * the real portal page it belongs to, with one line saying what it is; nothing is drawn by hand.
 */
const STORE_SIZE = { width: 1280, height: 800 };

/** The in-page UI is in closed shadow roots: found through the e2e driver, which opens them to the tool. */
const shown = (page: Page, target: Target) => eventually(async () => (await wrapPage(page).count(target)) > 0, 15_000);

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** A real popup view over a real portal page, with its caption. */
function composition(background: Buffer, popup: Buffer, caption: string): string {
  return `<!doctype html><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${STORE_SIZE.width}px; height: ${STORE_SIZE.height}px; overflow: hidden; font: 15px system-ui, sans-serif; }
    .page { position: absolute; inset: 0; background: url(${dataUrl(background)}) top left / cover; filter: saturate(0.6) brightness(0.75); }
    .popup { position: absolute; top: 24px; right: 40px; max-height: 700px; border-radius: 8px; box-shadow: 0 12px 40px rgb(0 0 0 / 0.45); }
    .caption { position: absolute; left: 40px; bottom: 40px; max-width: 560px; padding: 18px 22px; border-radius: 8px;
      background: #0b3d91; color: #fff; font-size: 26px; font-weight: 600; line-height: 1.3; }
  </style><div class="page"></div><img class="popup" src="${dataUrl(popup)}" alt=""><div class="caption">${escapeHtml(caption)}</div>`;
}

function promoTile(): string {
  const icon = readFileSync(join(ROOT, 'public/icon/128.png'));
  const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
  return `<!doctype html><meta charset="utf-8"><style>
    html, body { margin: 0; width: 440px; height: 280px; overflow: hidden; font-family: system-ui, sans-serif; }
    body { display: flex; flex-direction: column; justify-content: center; gap: 14px; padding: 0 32px; box-sizing: border-box;
      background: linear-gradient(135deg, #0b3d91, #1f6fd1); color: #fff; }
    .name { display: flex; align-items: center; gap: 16px; font-size: 34px; font-weight: 700; }
    .name img { width: 64px; height: 64px; }
    .tag { font-size: 17px; line-height: 1.35; opacity: 0.95; }
  </style><div class="name"><img src="${dataUrl(icon)}" alt="">${escapeHtml(messages.extName!.message)}</div>
  <div class="tag">Deadlines in Brussels time · grades and salaries · essay checks · all on your computer</div>`;
}

async function render(session: ExtensionSession, html: string, size: { width: number; height: number }, path: string) {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path });
  await page.close();
}

async function portalShot(session: ExtensionSession, path: string, ready: (page: Page) => Promise<unknown>) {
  const page = await session.context.newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.goto(`https://nato.taleo.net${path}`);
  await ready(page);
  await page.waitForTimeout(300);
  const png = await page.screenshot();
  return { page, png };
}

async function popupShot(session: ExtensionSession, hash: string, height = 640): Promise<Buffer> {
  const popup = await session.openPopup(hash, { width: 580, height });
  await popup.waitForTimeout(600);
  const png = await popup.screenshot();
  await popup.close();
  return png;
}

export async function takeStoreScreenshots(session: ExtensionSession, dir: string): Promise<string[]> {
  const written: string[] = [];
  const out = (name: string) => {
    const path = join(dir, name);
    written.push(path);
    return path;
  };

  // 1. A notice captured on the portal: the page itself, with the panel.
  const detail = await portalShot(session, detailPath(SAMPLE_REFERENCE, 'en'), (page) =>
    shown(page, ['vacancy-companion-panel', '.panel .open']),
  );
  await detail.page.screenshot({ path: out('screenshot-1-capture.png') });
  await detail.page.close();

  // 2. The deadlines over the results page.
  const results = await portalShot(session, '/careersection/2/jobsearch.ftl?lang=en', (page) =>
    page.locator('vacancy-companion-chip').first().waitFor({ timeout: 15_000 }),
  );
  await results.page.close();
  await render(session, composition(results.png, await popupShot(session, '#/deadlines'), 'Every deadline, counted down to the real closing moment in Brussels time.'), STORE_SIZE, out('screenshot-2-deadlines.png'));

  // 3. Compare, and 4. Can I apply?, over the notice.
  await render(session, composition(detail.png, await popupShot(session, '#/compare'), 'Grades and salaries of the vacancies you follow, side by side.'), STORE_SIZE, out('screenshot-3-compare.png'));
  await render(session, composition(detail.png, await popupShot(session, `#/vacancy/${SAMPLE_REFERENCE}`, 700), 'Can I apply? Each stated requirement against your own profile.'), STORE_SIZE, out('screenshot-4-vacancy.png'));

  // 5. The essay checked on the portal's attachment step.
  const apply = await session.context.newPage();
  await apply.setViewportSize(STORE_SIZE);
  await apply.goto(`https://nato.taleo.net${SAMPLE_APPLY_PATH}`);
  await apply.locator('[id$="AttachedFilesBlock-uploadedFile"]').setInputFiles({
    name: 'essay draft.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(makeDocx({ pages: 3, paragraphs: ['My views on the key challenges.'] })),
  });
  await shown(apply, ['vacancy-companion-essay-check', '.guard']);
  await apply.waitForTimeout(300);
  await apply.screenshot({ path: out('screenshot-5-essay-check.png') });
  await apply.close();

  await render(session, promoTile(), { width: 440, height: 280 }, out('promo-small-440x280.png'));
  return written;
}
